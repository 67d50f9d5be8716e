from django.urls import include, path
from rest_framework.routers import DefaultRouter

from todos.views import LinkedTodoViewSet, TodoViewSet, test_session

router = DefaultRouter()
router.register("todos", TodoViewSet, basename="todo")
router.register("linked-todos", LinkedTodoViewSet, basename="linked-todo")

urlpatterns = [
    path("api/test-session/", test_session),
    path("api/", include(router.urls)),
]
