#!/usr/bin/env python3
"""The Django REST Framework server that backbone-sync and the Todo app are tested against."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "drfproject.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
