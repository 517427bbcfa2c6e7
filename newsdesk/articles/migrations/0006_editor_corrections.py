"""Articles keep an editor's correction note, who edited them, and why an editor published one despite its check.

On SQLite, adding these columns rebuilds the table, which drops the search index's triggers: they are
made again afterwards (and the index refilled), as 0004 made them.
"""

from importlib import import_module

from django.db import migrations, models

search_index = import_module("newsdesk.articles.migrations.0004_search_index")
REBUILD = search_index.DROP + search_index.CREATE


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0005_sentences_cuts_check_label'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='edited_by',
            field=models.CharField(blank=True, help_text='The editors who changed the published text, as the page credits them.', max_length=300),
        ),
        migrations.AddField(
            model_name='article',
            name='override_note',
            field=models.CharField(blank=True, help_text='Why an editor published it although the check failed; shown on the page. Empty when it passed.', max_length=500),
        ),
        migrations.AddField(
            model_name='article',
            name='update_note',
            field=models.CharField(blank=True, help_text="The editor's note on the last correction, shown after 'Updated'.", max_length=500),
        ),
        migrations.AlterField(
            model_name='article',
            name='revised_at',
            field=models.DateTimeField(blank=True, help_text="When a follow-up or an editor's correction last updated it.", null=True),
        ),
        migrations.RunPython(search_index.run(REBUILD), search_index.run(REBUILD)),
    ]
