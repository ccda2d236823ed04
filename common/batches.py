"""Work on long lists of ids a batch at a time, so one query never carries too many parameters."""

CHUNK = 1000


def chunked(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]
