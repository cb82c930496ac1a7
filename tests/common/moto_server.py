#!/usr/bin/env python3
"""Debian's moto server (python3-moto 5.1), for the download tests, with one fix.

In server mode moto checks a request's AWS Signature V4 against the query string as werkzeug
rebuilds it, with '/' left unescaped, where AWS (and every client: libcurl, botocore) signs it
percent-encoded: a ListObjectsV2 whose prefix holds a '/' is refused with SignatureDoesNotMatch,
from boto3 as from EdxLoader. This re-encodes the query the way AWS canonicalises it before moto
checks the signature; the rest is moto as installed.
"""
import sys
from urllib.parse import parse_qsl, quote, urlencode, urlparse

import moto.core.responses as responses


def _aws_query(url, *args, **kwargs):
    parsed = urlparse(url, *args, **kwargs)
    if parsed.query:
        pairs = parse_qsl(parsed.query, keep_blank_values=True)
        parsed = parsed._replace(query=urlencode(pairs, quote_via=quote, safe="-_.~"))
    return parsed


responses.urlparse = _aws_query

from moto.server import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
