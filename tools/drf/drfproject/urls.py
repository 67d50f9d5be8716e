from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from rest_framework.routers import DefaultRouter

from todos.views import LinkedTodoViewSet, TodoViewSet, test_session, todo_app

router = DefaultRouter()
router.register("todos", TodoViewSet, basename="todo")
router.register("linked-todos", LinkedTodoViewSet, basename="linked-todo")

urlpatterns = [
    path("api/test-session/", test_session),
    path("api/", include(router.urls)),
]

if settings.TODO_APP_DIR:
    # The Todo app, as a Django site would ship it: its page from a view, its script and stylesheet as files.
    urlpatterns += [
        path("", todo_app),
        re_path(r"^(?P<path>[\w./-]+\.(?:js|css))$", serve, {"document_root": settings.TODO_APP_DIR}),
    ]
