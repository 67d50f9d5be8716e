from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Todo",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(max_length=100)),
                ("completed", models.BooleanField(default=False)),
                ("order", models.IntegerField(default=0)),
            ],
            options={"ordering": ["id"]},
        ),
    ]
