"""Articles keep where their AI-generated header image stands (articles/images.py).

On SQLite, adding this column rebuilds the table, which drops the search index's triggers: they are
made again afterwards (and the index refilled), as 0004 made them.
"""

from importlib import import_module

from django.db import migrations, models

search_index = import_module("newsdesk.articles.migrations.0004_search_index")
REBUILD = search_index.DROP + search_index.CREATE


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0006_editor_corrections'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='image',
            field=models.JSONField(blank=True, default=dict, editable=False, help_text='The AI-generated header image (see articles/images.py): {} never asked for, or {"state": queued|made|failed|removed, ...}; when made, "name" is its file in the default storage.'),
        ),
        migrations.RunPython(search_index.run(REBUILD), search_index.run(REBUILD)),
    ]
