"""Articles keep their sentences with the source sentences they cite, the repair step's cuts, and the check label.

On SQLite, adding these columns rebuilds the table, which drops the search index's triggers: they are
made again afterwards (and the index refilled), as 0004 made them.
"""

from importlib import import_module

from django.db import migrations, models

search_index = import_module("newsdesk.articles.migrations.0004_search_index")
REBUILD = search_index.DROP + search_index.CREATE


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_search_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='check_label',
            field=models.CharField(blank=True, help_text='What the check that let it be published ran, as readers see it.', max_length=300),
        ),
        migrations.AddField(
            model_name='article',
            name='cuts',
            field=models.JSONField(default=list, help_text='[{"text", "part", "why"}]: sentences the repair step dropped because they failed the check'),
        ),
        migrations.AddField(
            model_name='article',
            name='sentences',
            field=models.JSONField(default=list, help_text='[{"text", "part", "cites", "paragraph", "heading"}] in reading order, headline first; part: headline|standfirst|body|background. The headline, standfirst and sections are made from it.'),
        ),
        migrations.AlterField(
            model_name='article',
            name='sections',
            field=models.JSONField(default=list, help_text='[{"heading", "body", "kind"}], kind: body|background (context|conclusion before citations)'),
        ),
        migrations.RunPython(search_index.run(REBUILD), search_index.run(REBUILD)),
    ]
