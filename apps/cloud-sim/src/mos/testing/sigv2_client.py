#!/usr/bin/env python3
"""An independent MOS client for the simulator's tests: AWS Signature Version 2 written from the
document with Python's standard library only (no code shared with the console's signer).
Reads one JSON request on stdin: {url, method, action, key, secret, algo, params, timestamp},
prints {"status": ..., "body": ...} on stdout."""
import base64, hashlib, hmac, json, sys, urllib.error, urllib.parse, urllib.request

req = json.load(sys.stdin)
url = urllib.parse.urlsplit(req["url"])
params = dict(req.get("params", {}))
params.update({
    "Action": req["action"],
    "AWSAccessKeyId": req["key"],
    "SignatureVersion": "2",
    "SignatureMethod": req["algo"],
    "Timestamp": req["timestamp"],
})
host = url.hostname.lower()
if url.port and not ((url.scheme == "http" and url.port == 80) or (url.scheme == "https" and url.port == 443)):
    host = "%s:%d" % (host, url.port)
quote = lambda s: urllib.parse.quote(s, safe="-_.~")
canonical = "&".join("%s=%s" % (quote(k), quote(params[k])) for k in sorted(params))
to_sign = "\n".join([req["method"], host, url.path or "/", canonical])
digest = hashlib.sha256 if req["algo"] == "HmacSHA256" else hashlib.sha1
params["Signature"] = base64.b64encode(hmac.new(req["secret"].encode(), to_sign.encode(), digest).digest()).decode()
# The published clients send urlencode()'s form (spaces as '+'); the signature is over %20.
encoded = urllib.parse.urlencode(params)
target = req["url"] + ("?" + encoded if req["method"] == "GET" else "")
data = encoded.encode() if req["method"] == "POST" else None
r = urllib.request.Request(target, data=data, method=req["method"])
if data is not None:
    r.add_header("Content-Type", "application/x-www-form-urlencoded")
try:
    with urllib.request.urlopen(r) as res:
        print(json.dumps({"status": res.status, "body": res.read().decode()}))
except urllib.error.HTTPError as e:
    print(json.dumps({"status": e.code, "body": e.read().decode()}))
