from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Book",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(max_length=200)),
                ("author", models.CharField(max_length=200)),
                ("year", models.IntegerField(blank=True, null=True)),
                ("read", models.BooleanField(default=False)),
            ],
            options={"ordering": ["id"]},
        ),
    ]
