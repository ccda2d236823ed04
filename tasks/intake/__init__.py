"""Reading a directive from a document (.docx, .pdf, .txt or pasted text) into the import preview.

A reader turns a file into `Block`s (paragraphs and table rows in reading order, each knowing where it came
from); the extraction turns blocks into the directive's fields and its proposed tasks, which go through the
same agency matching, timeframe reading, outline and preview as a spreadsheet's rows.
"""
