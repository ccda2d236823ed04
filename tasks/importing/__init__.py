"""Importing directives and their tasks from the spreadsheets offices keep (issue 4)."""
