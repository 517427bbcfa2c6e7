"""What the pipeline tells other apps: an article has just been held for an editor."""

from django.dispatch import Signal

# sent with `article` each time an article goes from draft or published to held (once per hold)
article_held = Signal()
