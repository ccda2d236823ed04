"""The client's address as the login lock-out (django-axes) keys it, also behind trusted reverse proxies."""

import ipaddress

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR; behind TRUSTED_PROXY_COUNT reverse proxies, the address the outermost of them received from.

    Each proxy appends the address it received the request from to X-Forwarded-For, so the entry that many places
    from the right was written by the outermost trusted proxy. Anything left of it came from the client and may be
    forged; without the setting the header is not read at all.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [item for item in forwarded if item]
    if len(forwarded) < count:
        # Not through every proxy (a request from inside the network straight to the server): its own address.
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
