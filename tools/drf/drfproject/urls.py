from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from rest_framework.routers import DefaultRouter

from books.views import BookViewSet, reading_list_app
from todos.views import LinkedTodoViewSet, TodoViewSet, test_session, todo_app

router = DefaultRouter()
router.register("todos", TodoViewSet, basename="todo")
router.register("linked-todos", LinkedTodoViewSet, basename="linked-todo")
router.register("books", BookViewSet, basename="book")

urlpatterns = [
    path("api/test-session/", test_session),
    path("api/", include(router.urls)),
]

if settings.READING_LIST_APP_DIR:
    # The reading list, served as the Todo app below is, under /reading-list/ (first: the Todo app's files
    # pattern would take its script too).
    urlpatterns += [
        path("reading-list/", reading_list_app),
        re_path(r"^reading-list/(?P<path>[\w./-]+\.(?:js|css))$", serve,
                {"document_root": settings.READING_LIST_APP_DIR}),
    ]

if settings.TODO_APP_DIR:
    # The Todo app, as a Django site would ship it: its page from a view, its script and stylesheet as files.
    urlpatterns += [
        path("", todo_app),
        re_path(r"^(?P<path>[\w./-]+\.(?:js|css))$", serve, {"document_root": settings.TODO_APP_DIR}),
    ]
