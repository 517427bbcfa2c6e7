import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('engagement', '0004_vote_cap_and_throttle_pruning'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='comment',
            name='from_site',
            field=models.BooleanField(default=False, help_text="A reply an editor wrote as the site; shown under the site's name, marked as such."),
        ),
        migrations.AddField(
            model_name='comment',
            name='editor',
            field=models.ForeignKey(blank=True, help_text='The editor who wrote a reply as the site (never shown to readers).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
    ]
