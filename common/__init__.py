"""Helpers every app may use: a form widget, a model validator, queueing work for the worker. Not a Django app;
it imports none of the portal's apps, so it sits below all of them (README, "Project layout")."""
