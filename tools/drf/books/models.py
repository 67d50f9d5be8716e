from django.db import models


class Book(models.Model):
    """A book of the reading-list example: the fields of its Book model, as the demo server's /api/books has them."""

    title = models.CharField(max_length=200)
    author = models.CharField(max_length=200)
    year = models.IntegerField(null=True, blank=True)
    read = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
