import os

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.views.decorators.csrf import ensure_csrf_cookie
from rest_framework import serializers, viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from books.models import Book

from .models import Todo


class TodoSerializer(serializers.ModelSerializer):
    class Meta:
        model = Todo
        fields = ["id", "title", "completed", "order"]


class TodoViewSet(viewsets.ModelViewSet):
    queryset = Todo.objects.all()
    serializer_class = TodoSerializer


class LinkHeaderPagination(PageNumberPagination):
    """A plain array with RFC 8288 Link and X-Total-Count headers, as GitHub's API pages."""

    def get_paginated_response(self, data):
        links = []
        if self.get_next_link():
            links.append('<%s>; rel="next"' % self.get_next_link())
        if self.get_previous_link():
            links.append('<%s>; rel="prev"' % self.get_previous_link())
        headers = {"X-Total-Count": str(self.page.paginator.count)}
        if links:
            headers["Link"] = ", ".join(links)
        return Response(data, headers=headers)


class LinkedTodoViewSet(TodoViewSet):
    pagination_class = LinkHeaderPagination


def test_session(request):
    """Logs the test user in (a session as a browser has one), empties the tables, sets the csrftoken cookie."""
    user, _ = User.objects.get_or_create(username="tester")
    login(request, user)
    Todo.objects.all().delete()
    Book.objects.all().delete()
    return JsonResponse({"user": user.username, "csrftoken": get_token(request)})


@ensure_csrf_cookie
def todo_app(request):
    """todo-example's own index.html with one attribute more, data-api naming this API's todos (trailing slash
    included, as DefaultRouter wants). The browser is logged in as the test user, as a Django site's users are
    before they reach such a page, and gets the csrftoken cookie that the app sends back as X-CSRFToken."""
    if not request.user.is_authenticated:
        user, _ = User.objects.get_or_create(username="tester")
        login(request, user)
    with open(os.path.join(settings.TODO_APP_DIR, "index.html"), encoding="utf-8") as page:
        html = page.read()
    body = '<body data-store="rest">'
    if body not in html:
        raise ValueError("index.html has no " + body)
    return HttpResponse(html.replace(body, '<body data-store="rest" data-api="/api/todos/">', 1))
