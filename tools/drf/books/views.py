import os

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from rest_framework import serializers, viewsets

from .models import Book

FIRST_YEAR, LAST_YEAR = 1450, 2100


class BookSerializer(serializers.ModelSerializer):
    """The demo server's rules again, as a Django developer writes them. A refusal is a 400 naming each field,
    {"title": ["This book is already on the list"]}, which the app shows next to the field."""

    class Meta:
        model = Book
        fields = ["id", "title", "author", "year", "read"]

    def validate_year(self, year):
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise serializers.ValidationError("Enter a year between %d and %d" % (FIRST_YEAR, LAST_YEAR))
        return year

    def validate(self, attrs):
        # Only the server can say whether another book has the same title and author (case aside).
        title = attrs.get("title", getattr(self.instance, "title", ""))
        author = attrs.get("author", getattr(self.instance, "author", ""))
        same = Book.objects.filter(title__iexact=title.strip(), author__iexact=author.strip())
        if self.instance is not None:
            same = same.exclude(pk=self.instance.pk)
        if same.exists():
            raise serializers.ValidationError({"title": ["This book is already on the list"]})
        return attrs


class BookViewSet(viewsets.ModelViewSet):
    """/api/books/: the whole list in one plain array (no pages), as the reading list reads it."""

    queryset = Book.objects.all()
    serializer_class = BookSerializer
    pagination_class = None


@ensure_csrf_cookie
def reading_list_app(request):
    """reading-list-example's own index.html with data-api naming this API's books (trailing slash included, as
    DefaultRouter wants). The browser is logged in as the test user, and gets the csrftoken cookie that the app
    sends back as X-CSRFToken."""
    if not request.user.is_authenticated:
        user, _ = User.objects.get_or_create(username="tester")
        login(request, user)
    with open(os.path.join(settings.READING_LIST_APP_DIR, "index.html"), encoding="utf-8") as page:
        html = page.read()
    body = '<body data-store="rest">'
    if body not in html:
        raise ValueError("index.html has no " + body)
    return HttpResponse(html.replace(body, '<body data-store="rest" data-api="/api/books/">', 1))
