"""Error functions generated from the bundled schemas by ``python -m avassa_lint.validation.fastcheck``.

Do not edit: a test fails when this file no longer matches the schemas, and a mismatch makes
the linter compile the checks at run time instead."""
# fmt: off
# ruff: noqa
import re

from avassa_lint.validation.fastcheck import _KNOWN_TYPES as _KNOWN, _Unsure, _any, _equal

SCHEMA_DIGEST = '124239-00a71fb2-fcf59044'


def _build_0():  # acme-service.schema.json
    _c0 = 'directory-url'
    _c1 = 'contact-email'
    _n0 = ('acme-service.schema.json', '')
    _c3 = 'name'
    _c4 = 'use-root-ca-certs'
    _c5 = 'server-name-indication'
    _c6 = 'tls-verify'
    _c7 = 'api-ca-cert'
    _c8 = 'callback-domains'
    _c9 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _n2 = ('acme-service.schema.json', '/properties/directory-url')
    _c12 = re.compile('^[^@\\s]+@[^@\\s]+$', 32)
    _n3 = ('acme-service.schema.json', '/properties/contact-email')
    _n4 = ('acme-service.schema.json', '/properties/use-root-ca-certs')
    _n5 = ('acme-service.schema.json', '/properties/server-name-indication')
    _n6 = ('acme-service.schema.json', '/properties/tls-verify')
    _c17 = re.compile('-----BEGIN CERTIFICATE-----', 32)
    _n7 = ('acme-service.schema.json', '/properties/api-ca-cert')
    _n8 = ('acme-service.schema.json', '/properties/callback-domains')
    _n9 = ('acme-service.schema.json', '/properties/callback-domains/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c1 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c3 in x:
                v = x[_c3]
                if not _v1(v):
                    yield from _e1(v, p + (_c3,), s + ('properties', _c3))
            if _c0 in x:
                v = x[_c0]
                if not _v3(v):
                    yield from _e3(v, p + (_c0,), s + ('properties', _c0))
            if _c1 in x:
                v = x[_c1]
                if not _v4(v):
                    yield from _e4(v, p + (_c1,), s + ('properties', _c1))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v6(v):
                    yield from _e6(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v7(v):
                    yield from _e7(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v8(v):
                    yield from _e8(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v9(v):
                    yield from _e9(v, p + (_c8,), s + ('properties', _c8))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c9.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c9.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n2, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c12.search(x):
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n3, 'minLength', p, x, s + ('minLength',), None)
        if t is str and not _c12.search(x):
            yield (_n3, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n4, 'type', p, x, s + ('type',), None)
        return
        yield
    _v6 = _v3
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n5, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v7 = _v5
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n6, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c17.search(x):
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n7, 'minLength', p, x, s + ('minLength',), None)
        if t is str and not _c17.search(x):
            yield (_n7, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v9(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v10(v):
                return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v10(v):
                    yield from _e10(v, p + (i,), s + ('items',))
        return
        yield
    _v10 = _v3
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n9, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'directory-url': _v3, 'contact-email': _v4, 'use-root-ca-certs': _v5, 'server-name-indication': _v6, 'tls-verify': _v7, 'api-ca-cert': _v8, 'callback-domains': _v9}
    return _e0

def _build_1():  # acme-static-request.schema.json
    _c0 = 'name'
    _n0 = ('acme-static-request.schema.json', '')
    _c2 = 'names'
    _c3 = 'vault'
    _c4 = 'secret'
    _n1 = ('acme-static-request.schema.json', '/properties/name')
    _n2 = ('acme-static-request.schema.json', '/properties/names')
    _c7 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n3 = ('common.schema.json', '/$defs/name')
    _n4 = ('acme-static-request.schema.json', '/properties/secret')
    _n5 = ('acme-static-request.schema.json', '/properties/names/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v2(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v6(v):
                return False
        return True
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v6(v):
                    yield from _e6(v, p + (i,), s + ('items',))
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c7.search(x):
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is str and not _c7.search(x):
            yield (_n3, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v5 = _v1
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n4, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v6 = _v1
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n5, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'names': _v2, 'vault': _v3, 'secret': _v5}
    return _e0

def _build_2():  # application-deployment.schema.json
    _c0 = 'name'
    _c1 = 'application'
    _c2 = 'placement'
    _n0 = ('application-deployment.schema.json', '')
    _c4 = 'application-version'
    _c5 = 'deploy-to-sites'
    _c6 = frozenset(['application', 'application-version', 'deploy-to-sites', 'name', 'placement'])
    _c7 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _c9 = re.compile('^(\\*|[a-zA-Z0-9\\-.+]+)$', 32)
    _n2 = ('common.schema.json', '/$defs/application-version')
    _n3 = ('application-deployment.schema.json', '/properties/placement')
    _c12 = 'match-site-labels'
    _c13 = 'all-sites'
    _c14 = frozenset(['all-sites', 'match-site-labels'])
    _n4 = ('application-deployment.schema.json', '/properties/deploy-to-sites')
    _c16 = 'sites-in-parallel'
    _c17 = 'healthy-time'
    _c18 = 'canary-sites'
    _c19 = 'canary-healthy-time'
    _c20 = 'canary-continue-by-action'
    _c21 = frozenset(['canary-continue-by-action', 'canary-healthy-time', 'canary-sites', 'healthy-time', 'sites-in-parallel'])
    _n5 = ('common.schema.json', '/$defs/label-match-expression')
    _n6 = ('application-deployment.schema.json', '/properties/placement/properties/all-sites')
    _n7 = ('application-deployment.schema.json', '/properties/placement/oneOf/0')
    _n8 = ('application-deployment.schema.json', '/properties/placement/oneOf/1')
    _c26 = 1
    _n9 = ('application-deployment.schema.json', '/properties/deploy-to-sites/properties/sites-in-parallel')
    _c28 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n10 = ('common.schema.json', '/$defs/duration')
    _n11 = ('application-deployment.schema.json', '/properties/deploy-to-sites/properties/canary-sites')
    _c31 = frozenset(['match-site-labels'])
    _n12 = ('application-deployment.schema.json', '/properties/deploy-to-sites/properties/canary-continue-by-action')
    _n13 = ('application-deployment.schema.json', '/properties/deploy-to-sites/not')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c1 not in x:
            return False
        if _c2 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c2 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c1 in x:
                v = x[_c1]
                if not _v1(v):
                    yield from _e1(v, p + (_c1,), s + ('properties', _c1))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
            if _c2 in x:
                v = x[_c2]
                if not _v6(v):
                    yield from _e6(v, p + (_c2,), s + ('properties', _c2))
            if _c5 in x:
                v = x[_c5]
                if not _v7(v):
                    yield from _e7(v, p + (_c5,), s + ('properties', _c5))
        if t is dict:
            if any(k not in _c6 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c7.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c7.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c9.search(x):
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and not _c9.search(x):
            yield (_n2, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v11(x), _v12(x)].count(True) != 1:
            return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c12 in x:
                v = x[_c12]
                if not _v8(v):
                    yield from _e8(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v10(v):
                    yield from _e10(v, p + (_c13,), s + ('properties', _c13))
        if t is dict:
            if any(k not in _c14 for k in x):
                yield (_n3, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e11, 0), (_e12, 1),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n3, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v11, _v12,)[first + 1:]):
            yield (_n3, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if _v19(x):
            return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c16 in x:
                v = x[_c16]
                if not _v13(v):
                    yield from _e13(v, p + (_c16,), s + ('properties', _c16))
            if _c17 in x:
                v = x[_c17]
                if not _v14(v):
                    yield from _e14(v, p + (_c17,), s + ('properties', _c17))
            if _c18 in x:
                v = x[_c18]
                if not _v16(v):
                    yield from _e16(v, p + (_c18,), s + ('properties', _c18))
            if _c19 in x:
                v = x[_c19]
                if not _v14(v):
                    yield from _e14(v, p + (_c19,), s + ('properties', _c19))
            if _c20 in x:
                v = x[_c20]
                if not _v18(v):
                    yield from _e18(v, p + (_c20,), s + ('properties', _c20))
        if t is dict:
            if any(k not in _c21 for k in x):
                yield (_n4, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if _v19(x):
            yield (_n4, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n5, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v10(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return
        yield
    def _v11(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c12 not in x:
                return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c12 not in x:
                yield (_n7, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v12(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c13 not in x:
                return False
        return True
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c13 not in x:
                yield (_n8, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v13(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c26:
            return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c26:
            yield (_n9, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v14(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c28.search(x):
            return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and not _c28.search(x):
            yield (_n10, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v16(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c12 not in x:
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e16(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n11, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c12 not in x:
                yield (_n11, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c12 in x:
                v = x[_c12]
                if not _v8(v):
                    yield from _e8(v, p + (_c12,), s + ('properties', _c12))
        if t is dict:
            if any(k not in _c31 for k in x):
                yield (_n11, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v18 = _v10
    def _e18(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return
        yield
    def _v19(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c19 not in x:
                return False
            if _c20 not in x:
                return False
        return True
    def _e19(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c19 not in x:
                yield (_n13, 'required', p, x, s + ('required',), None)
            if _c20 not in x:
                yield (_n13, 'required', p, x, s + ('required',), None)
        return
        yield
    _t0 = {'name': _v1, 'application': _v1, 'application-version': _v4, 'placement': _v6, 'deploy-to-sites': _v7}
    _t1 = {'match-site-labels': _v8, 'all-sites': _v10}
    _t2 = {'sites-in-parallel': _v13, 'healthy-time': _v14, 'canary-sites': _v16, 'canary-healthy-time': _v14, 'canary-continue-by-action': _v18}
    _t3 = {'match-site-labels': _v8}
    return _e0

def _build_3():  # application.schema.json
    _c0 = 'name'
    _c1 = 'services'
    _n0 = ('application.schema.json', '')
    _c3 = 'version'
    _c4 = 'labels'
    _c5 = 'network'
    _c6 = 'on-mutable-variable-change'
    _c7 = 'resources'
    _c8 = 'upgrade-from'
    _c9 = frozenset(['labels', 'name', 'network', 'on-mutable-variable-change', 'resources', 'services', 'upgrade-from', 'version'])
    _c10 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _c12 = re.compile('^[a-zA-Z0-9\\-.+]+$', 32)
    _n2 = ('common.schema.json', '/$defs/version')
    _n3 = ('common.schema.json', '/$defs/labels')
    _c15 = frozenset([])
    _n4 = ('application.schema.json', '/properties/network')
    _c17 = 'shared-application-network'
    _c18 = frozenset(['shared-application-network'])
    _c19 = frozenset(['ignore', 'restart-service-instance', 'upgrade-application'])
    _n5 = ('application.schema.json', '/properties/on-mutable-variable-change')
    _n6 = ('application.schema.json', '/properties/resources')
    _c22 = frozenset(['network'])
    _n7 = ('application.schema.json', '/properties/services')
    _n8 = ('application.schema.json', '/properties/upgrade-from')
    _c25 = re.compile('^[^\\s()]+$', 32)
    _n9 = ('common.schema.json', '/$defs/labels/additionalProperties')
    _c27 = re.compile('^([A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?)*/)?[a-z0-9]([a-z0-9.\\-]*[a-z0-9])?$', 32)
    _n10 = ('common.schema.json', '/$defs/label-name')
    _n11 = ('application.schema.json', '/properties/resources/properties/network')
    _c30 = 'downstream-bandwidth-per-host'
    _c31 = 'upstream-bandwidth-per-host'
    _c32 = frozenset(['downstream-bandwidth-per-host', 'upstream-bandwidth-per-host'])
    _c33 = 'mode'
    _n12 = ('application.schema.json', '/$defs/service')
    _c35 = 'replicas'
    _c36 = 'share-pid-namespace'
    _c37 = 'placement'
    _c38 = 'variables'
    _c39 = 'volumes'
    _c40 = 'containers'
    _c41 = 'init-containers'
    _c42 = 'vm'
    _c43 = 'delayed-shutdown'
    _c44 = 'site-dns-records'
    _c45 = frozenset(['containers', 'delayed-shutdown', 'init-containers', 'mode', 'name', 'network', 'placement', 'replicas', 'share-pid-namespace', 'site-dns-records', 'variables', 'vm', 'volumes'])
    _c46 = 'version-regexp'
    _c47 = 'method'
    _n13 = ('application.schema.json', '/properties/upgrade-from/items')
    _c49 = frozenset(['method', 'services', 'version-regexp'])
    _n14 = ('common.schema.json', '/$defs/label-value')
    _c51 = re.compile('^(unlimited|[0-9]+(\\.[0-9]+)? ?([kMGT]|[KMGT]i)?bit/s)$', 32)
    _n15 = ('common.schema.json', '/$defs/bandwidth')
    _c53 = frozenset(['one-per-matching-host', 'replicated'])
    _n16 = ('application.schema.json', '/$defs/service/properties/mode')
    _c55 = re.compile('\\$\\{', 32)
    _c56 = 0
    _c57 = 4294967295
    _n17 = ('application.schema.json', '/$defs/replicas')
    _n18 = ('application.schema.json', '/$defs/service/properties/share-pid-namespace')
    _n19 = ('application.schema.json', '/$defs/service/properties/placement')
    _c61 = 'match-host-labels'
    _c62 = 'preferred-affinity'
    _c63 = 'preferred-anti-affinity'
    _c64 = frozenset(['match-host-labels', 'preferred-affinity', 'preferred-anti-affinity'])
    _n20 = ('application.schema.json', '/$defs/service/properties/network')
    _c66 = 'host'
    _c67 = 'outbound-access'
    _c68 = 'ingress-ip-per-instance'
    _c69 = frozenset(['host', 'ingress-ip-per-instance', 'outbound-access'])
    _n21 = ('application.schema.json', '/$defs/service/properties/variables')
    _n22 = ('application.schema.json', '/$defs/service/properties/volumes')
    _n23 = ('application.schema.json', '/$defs/service/properties/containers')
    _n24 = ('application.schema.json', '/$defs/service/properties/init-containers')
    _c74 = 'container-image'
    _n25 = ('application.schema.json', '/$defs/vm')
    _c76 = 'cloud-init'
    _c77 = 'container-env'
    _c78 = 'cpus'
    _c79 = 'cpu-shares'
    _c80 = 'memory'
    _c81 = 'mounts'
    _c82 = 'devices'
    _c83 = 'additional-capabilities'
    _c84 = 'container-log-size'
    _c85 = 'container-log-archive'
    _c86 = 'container-log-archive-days'
    _c87 = 'container-log-max-days'
    _c88 = 'probes'
    _c89 = 'shutdown-timeout'
    _c90 = frozenset(['additional-capabilities', 'cloud-init', 'container-env', 'container-image', 'container-log-archive', 'container-log-archive-days', 'container-log-max-days', 'container-log-size', 'cpu-shares', 'cpus', 'devices', 'memory', 'mounts', 'name', 'probes', 'shutdown-timeout'])
    _c91 = 'timeout'
    _n26 = ('application.schema.json', '/$defs/service/properties/delayed-shutdown')
    _c93 = 'max-number-of-instances'
    _c94 = frozenset(['max-number-of-instances', 'timeout'])
    _n27 = ('application.schema.json', '/$defs/service/properties/site-dns-records')
    _c96 = 'domains'
    _c97 = frozenset(['domains'])
    _n28 = ('application.schema.json', '/$defs/service/oneOf/0')
    _n29 = ('application.schema.json', '/$defs/service/oneOf/1')
    _n30 = ('application.schema.json', '/$defs/service/not')
    _n31 = ('application.schema.json', '/properties/upgrade-from/items/properties/version-regexp')
    _c102 = frozenset(['per-service', 'stop-and-restart'])
    _n32 = ('application.schema.json', '/properties/upgrade-from/items/properties/method')
    _n33 = ('application.schema.json', '/properties/upgrade-from/items/properties/services')
    _n34 = ('common.schema.json', '/$defs/label-match-expression')
    _n35 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-affinity')
    _c107 = frozenset(['services'])
    _n36 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-anti-affinity')
    _c109 = True
    _n37 = ('application.schema.json', '/$defs/service/properties/network/properties/host')
    _n38 = ('application.schema.json', '/$defs/access-control')
    _c112 = 'allow-all'
    _c113 = 'deny-all'
    _c114 = 'default-action'
    _c115 = 'rules'
    _c116 = frozenset(['allow-all', 'default-action', 'deny-all', 'rules'])
    _n39 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance')
    _c118 = 'protocols'
    _c119 = 'inbound-access'
    _c120 = 'access'
    _c121 = 'match-interface-labels'
    _c122 = 'match-ipv4-range-labels'
    _c123 = 'dns-records'
    _c124 = frozenset(['access', 'dns-records', 'inbound-access', 'match-interface-labels', 'match-ipv4-range-labels', 'protocols'])
    _n40 = ('application.schema.json', '/$defs/service/properties/network/allOf/0')
    _n41 = ('application.schema.json', '/$defs/service/properties/network/allOf/1')
    _n42 = ('application.schema.json', '/$defs/variable')
    _c128 = 'value'
    _c129 = 'value-from-vault-secret'
    _c130 = frozenset(['name', 'value', 'value-from-vault-secret'])
    _n43 = ('application.schema.json', '/$defs/volume')
    _c132 = 'ephemeral-volume'
    _c133 = 'persistent-volume'
    _c134 = 'system-volume'
    _c135 = 'config-map'
    _c136 = 'vault-secret'
    _c137 = frozenset(['config-map', 'ephemeral-volume', 'name', 'persistent-volume', 'system-volume', 'vault-secret'])
    _c138 = 'image'
    _n44 = ('application.schema.json', '/$defs/container')
    _c140 = 'cmd'
    _c141 = 'entrypoint'
    _c142 = 'env'
    _c143 = 'container-layer-size'
    _c144 = 'user'
    _c145 = 'no-builtin-init'
    _c146 = 'user-namespace'
    _c147 = 'security'
    _c148 = 'gpu'
    _c149 = 'approle'
    _c150 = 'on-mounted-file-change'
    _c151 = 'delayed-shutdown-cmd'
    _c152 = frozenset(['additional-capabilities', 'approle', 'cmd', 'container-layer-size', 'container-log-archive', 'container-log-archive-days', 'container-log-max-days', 'container-log-size', 'cpu-shares', 'cpus', 'delayed-shutdown-cmd', 'devices', 'entrypoint', 'env', 'gpu', 'image', 'memory', 'mounts', 'name', 'no-builtin-init', 'on-mounted-file-change', 'probes', 'security', 'shutdown-timeout', 'user', 'user-namespace'])
    _n45 = ('application.schema.json', '/$defs/init-container')
    _c154 = 'execution-timeout'
    _c155 = frozenset(['additional-capabilities', 'approle', 'cmd', 'container-layer-size', 'container-log-archive', 'container-log-archive-days', 'container-log-max-days', 'container-log-size', 'cpu-shares', 'cpus', 'devices', 'entrypoint', 'env', 'execution-timeout', 'gpu', 'image', 'memory', 'mounts', 'name', 'no-builtin-init', 'security', 'shutdown-timeout', 'user', 'user-namespace'])
    _n46 = ('application.schema.json', '/$defs/vm/properties/container-image')
    _n47 = ('application.schema.json', '/$defs/vm/properties/cloud-init')
    _c158 = 'user-data'
    _c159 = 'meta-data'
    _c160 = 'vendor-data'
    _c161 = 'network-config'
    _c162 = frozenset(['meta-data', 'network-config', 'user-data', 'vendor-data'])
    _n48 = ('application.schema.json', '/$defs/env')
    _c164 = re.compile('^[0-9]+(\\.[0-9]+)?$', 32)
    _c165 = 0.001
    _n49 = ('application.schema.json', '/$defs/cpus')
    _c167 = 65535
    _n50 = ('common.schema.json', '/$defs/uint16')
    _c169 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$', 32)
    _n51 = ('common.schema.json', '/$defs/size')
    _n52 = ('application.schema.json', '/$defs/vm/properties/mounts')
    _n53 = ('application.schema.json', '/$defs/devices')
    _c173 = 'device-labels'
    _c174 = frozenset(['device-labels'])
    _n54 = ('application.schema.json', '/$defs/capabilities')
    _c176 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$|\\$\\{', 32)
    _n55 = ('common.schema.json', '/$defs/size-or-expression')
    _n56 = ('application.schema.json', '/$defs/vm/properties/container-log-archive')
    _n57 = ('common.schema.json', '/$defs/uint32')
    _n58 = ('application.schema.json', '/$defs/vm/properties/probes')
    _c181 = 'startup'
    _c182 = 'readiness'
    _c183 = 'liveness'
    _c184 = frozenset(['liveness', 'readiness', 'startup'])
    _c185 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n59 = ('common.schema.json', '/$defs/duration')
    _n60 = ('common.schema.json', '/$defs/uint32-or-expression')
    _n61 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains')
    _n62 = ('application.schema.json', '/properties/upgrade-from/items/properties/services/items')
    _c190 = 'instances-in-parallel'
    _c191 = 'healthy-time'
    _c192 = frozenset(['healthy-time', 'instances-in-parallel', 'name'])
    _n63 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-affinity/properties/services')
    _n64 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-anti-affinity/properties/services')
    _n65 = ('application.schema.json', '/$defs/access-control/properties/allow-all')
    _n66 = ('application.schema.json', '/$defs/access-control/properties/deny-all')
    _c197 = frozenset(['allow', 'deny'])
    _n67 = ('common.schema.json', '/$defs/verdict')
    _n68 = ('application.schema.json', '/$defs/access-control/properties/rules')
    _n69 = ('application.schema.json', '/$defs/access-control/allOf/0')
    _n70 = ('application.schema.json', '/$defs/access-control/allOf/1')
    _n71 = ('application.schema.json', '/$defs/access-control/allOf/2')
    _n72 = ('application.schema.json', '/$defs/access-control/allOf/3')
    _n73 = ('application.schema.json', '/$defs/access-control/allOf/4')
    _n74 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/protocols')
    _n75 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records')
    _n76 = ('application.schema.json', '/$defs/service/properties/network/allOf/0/not')
    _n77 = ('application.schema.json', '/$defs/service/properties/network/allOf/1/not')
    _c209 = re.compile('^[a-zA-Z_][a-zA-Z0-9_]*$', 32)
    _n78 = ('common.schema.json', '/$defs/variable-name')
    _n79 = ('application.schema.json', '/$defs/variable/properties/value')
    _c212 = 'vault'
    _c213 = 'secret'
    _c214 = 'key'
    _n80 = ('application.schema.json', '/$defs/variable/properties/value-from-vault-secret')
    _c216 = 'from-tenant'
    _c217 = frozenset(['from-tenant', 'key', 'secret', 'vault'])
    _n81 = ('application.schema.json', '/$defs/variable/oneOf/0')
    _n82 = ('application.schema.json', '/$defs/variable/oneOf/1')
    _c220 = 'size'
    _n83 = ('application.schema.json', '/$defs/local-volume')
    _c222 = 'file-mode'
    _c223 = 'file-ownership'
    _c224 = 'match-volume-labels'
    _c225 = frozenset(['file-mode', 'file-ownership', 'match-volume-labels', 'size'])
    _c226 = 'reference'
    _n84 = ('application.schema.json', '/$defs/volume/properties/system-volume')
    _c228 = frozenset(['reference'])
    _n85 = ('application.schema.json', '/$defs/volume/properties/config-map')
    _c230 = 'items'
    _c231 = frozenset(['items'])
    _n86 = ('application.schema.json', '/$defs/volume/properties/vault-secret')
    _c233 = frozenset(['file-mode', 'file-ownership', 'from-tenant', 'secret', 'vault'])
    _n87 = ('application.schema.json', '/$defs/volume/oneOf/0')
    _n88 = ('application.schema.json', '/$defs/volume/oneOf/1')
    _n89 = ('application.schema.json', '/$defs/volume/oneOf/2')
    _n90 = ('application.schema.json', '/$defs/volume/oneOf/3')
    _n91 = ('application.schema.json', '/$defs/volume/oneOf/4')
    _n92 = ('application.schema.json', '/$defs/container/properties/image')
    _n93 = ('application.schema.json', '/$defs/container/properties/cmd')
    _n94 = ('application.schema.json', '/$defs/container/properties/entrypoint')
    _n95 = ('application.schema.json', '/$defs/container/properties/mounts')
    _n96 = ('application.schema.json', '/$defs/container/properties/container-log-archive')
    _c244 = re.compile('^[0-9]+(:[0-9]+)?$', 32)
    _n97 = ('application.schema.json', '/$defs/user')
    _n98 = ('application.schema.json', '/$defs/container/properties/no-builtin-init')
    _n99 = ('application.schema.json', '/$defs/user-namespace')
    _c248 = frozenset(['host'])
    _n100 = ('application.schema.json', '/$defs/security')
    _c250 = 'apparmor'
    _c251 = 'selinux'
    _c252 = frozenset(['apparmor', 'selinux'])
    _n101 = ('application.schema.json', '/$defs/gpu')
    _c254 = 'number-gpus'
    _c255 = 'gpu-patterns'
    _c256 = frozenset(['gpu-patterns', 'labels', 'number-gpus'])
    _n102 = ('application.schema.json', '/$defs/container/properties/approle')
    _n103 = ('application.schema.json', '/$defs/container/properties/probes')
    _n104 = ('application.schema.json', '/$defs/container/properties/on-mounted-file-change')
    _c260 = 'restart'
    _c261 = frozenset(['cmd', 'restart'])
    _n105 = ('application.schema.json', '/$defs/container/properties/delayed-shutdown-cmd')
    _n106 = ('application.schema.json', '/$defs/init-container/properties/image')
    _n107 = ('application.schema.json', '/$defs/init-container/properties/cmd')
    _n108 = ('application.schema.json', '/$defs/init-container/properties/entrypoint')
    _n109 = ('application.schema.json', '/$defs/init-container/properties/mounts')
    _n110 = ('application.schema.json', '/$defs/init-container/properties/container-log-archive')
    _n111 = ('application.schema.json', '/$defs/init-container/properties/no-builtin-init')
    _n112 = ('application.schema.json', '/$defs/init-container/properties/approle')
    _n113 = ('common.schema.json', '/$defs/variable-expression')
    _c271 = 'volume-name'
    _n114 = ('application.schema.json', '/$defs/mount')
    _c273 = 'mount-path'
    _c274 = 'files'
    _c275 = frozenset(['files', 'mode', 'mount-path', 'volume-name'])
    _n115 = ('application.schema.json', '/$defs/devices/properties/device-labels')
    _c277 = frozenset(['audit-control', 'audit-read', 'audit-write', 'block-suspend', 'chown', 'dac-override', 'dac-read-search', 'fowner', 'fsetid', 'ipc-lock', 'ipc-owner', 'kill', 'lease', 'linux-immutable', 'mac-admin', 'mac-override', 'mknod', 'net-admin', 'net-bind-service', 'net-broadcast', 'net-raw', 'setfcap', 'setgid', 'setpcap', 'setuid', 'sys-admin', 'sys-boot', 'sys-chroot', 'sys-module', 'sys-nice', 'sys-pacct', 'sys-ptrace', 'sys-rawio', 'sys-resource', 'sys-time', 'sys-tty-config', 'syslog', 'wake-alarm'])
    _n116 = ('application.schema.json', '/$defs/capabilities/items')
    _n117 = ('application.schema.json', '/$defs/vm-probe')
    _c280 = 'http'
    _c281 = 'tcp'
    _c282 = 'initial-delay'
    _c283 = 'period'
    _c284 = 'success-threshold'
    _c285 = 'failure-threshold'
    _c286 = frozenset(['failure-threshold', 'http', 'initial-delay', 'period', 'success-threshold', 'tcp', 'timeout'])
    _c287 = 'domain'
    _n118 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items')
    _c289 = 'cname'
    _c290 = 'srv'
    _c291 = 'naptr'
    _c292 = frozenset(['cname', 'domain', 'naptr', 'srv'])
    _c293 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9\\-]*[a-z0-9])?)?$', 32)
    _n119 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-affinity/properties/services/items')
    _n120 = ('application.schema.json', '/$defs/service/properties/placement/properties/preferred-anti-affinity/properties/services/items')
    _n121 = ('application.schema.json', '/$defs/access-control/allOf/0/not')
    _n122 = ('application.schema.json', '/$defs/access-control/allOf/1/not')
    _n123 = ('application.schema.json', '/$defs/access-control/allOf/2/not')
    _n124 = ('application.schema.json', '/$defs/access-control/allOf/3/not')
    _n125 = ('application.schema.json', '/$defs/access-control/allOf/4/not')
    _c301 = 'port-ranges'
    _n126 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/protocols/items')
    _c303 = frozenset(['name', 'port-ranges'])
    _n127 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains')
    _n128 = ('application.schema.json', '/$defs/variable/properties/value-from-vault-secret/properties/vault')
    _n129 = ('application.schema.json', '/$defs/variable/properties/value-from-vault-secret/properties/secret')
    _n130 = ('application.schema.json', '/$defs/variable/properties/value-from-vault-secret/properties/key')
    _c308 = re.compile('^[0-7]{3}$', 32)
    _n131 = ('common.schema.json', '/$defs/file-mode')
    _n132 = ('common.schema.json', '/$defs/uid-gid')
    _n133 = ('application.schema.json', '/$defs/volume/properties/config-map/properties/items')
    _n134 = ('application.schema.json', '/$defs/volume/properties/vault-secret/properties/vault')
    _n135 = ('application.schema.json', '/$defs/volume/properties/vault-secret/properties/secret')
    _n136 = ('application.schema.json', '/$defs/user-namespace/properties/host')
    _n137 = ('application.schema.json', '/$defs/security/properties/apparmor')
    _c316 = 'disabled'
    _c317 = frozenset(['disabled'])
    _n138 = ('application.schema.json', '/$defs/security/properties/selinux')
    _n139 = ('application.schema.json', '/$defs/gpu/properties/labels')
    _c320 = 255
    _n140 = ('common.schema.json', '/$defs/uint8')
    _n141 = ('application.schema.json', '/$defs/gpu/properties/gpu-patterns')
    _n142 = ('application.schema.json', '/$defs/probe')
    _c324 = 'exec'
    _c325 = frozenset(['exec', 'failure-threshold', 'http', 'initial-delay', 'period', 'success-threshold', 'tcp', 'timeout'])
    _n143 = ('application.schema.json', '/$defs/container/properties/on-mounted-file-change/properties/restart')
    _n144 = ('application.schema.json', '/$defs/container/properties/on-mounted-file-change/properties/cmd')
    _n145 = ('application.schema.json', '/$defs/container/properties/on-mounted-file-change/not')
    _n146 = ('application.schema.json', '/$defs/container/properties/delayed-shutdown-cmd/items')
    _c330 = re.compile('^(/(?!\\.\\.?(/|$))[^/]*)+$', 32)
    _n147 = ('common.schema.json', '/$defs/absolute-filepath')
    _n148 = ('application.schema.json', '/$defs/mount/properties/files')
    _c333 = frozenset(['read-only', 'read-write'])
    _n149 = ('application.schema.json', '/$defs/mount/properties/mode')
    _n150 = ('application.schema.json', '/$defs/mount/oneOf/0')
    _n151 = ('application.schema.json', '/$defs/mount/oneOf/1')
    _c337 = 'path'
    _c338 = 'port'
    _n152 = ('application.schema.json', '/$defs/vm-probe/properties/http')
    _c340 = 'scheme'
    _c341 = 'request-headers'
    _c342 = frozenset(['host', 'path', 'port', 'request-headers', 'scheme'])
    _n153 = ('application.schema.json', '/$defs/vm-probe/properties/tcp')
    _c344 = frozenset(['port'])
    _n154 = ('application.schema.json', '/$defs/vm-probe/oneOf/0')
    _n155 = ('application.schema.json', '/$defs/vm-probe/oneOf/1')
    _n156 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/domain')
    _n157 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/cname')
    _n158 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/srv')
    _n159 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr')
    _c351 = frozenset(['dccp', 'sctp', 'tcp', 'udp'])
    _n160 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/protocols/items/properties/name')
    _c353 = re.compile('^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$', 32)
    _n161 = ('common.schema.json', '/$defs/port-ranges')
    _n162 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains/items')
    _c356 = frozenset(['domain', 'srv'])
    _n163 = ('application.schema.json', '/$defs/volume/properties/config-map/properties/items/items')
    _c358 = 'data'
    _c359 = 'data-verbatim'
    _c360 = frozenset(['data', 'data-verbatim', 'file-mode', 'file-ownership', 'name'])
    _n164 = ('application.schema.json', '/$defs/security/properties/apparmor/properties/disabled')
    _n165 = ('application.schema.json', '/$defs/security/properties/selinux/properties/disabled')
    _n166 = ('application.schema.json', '/$defs/gpu/properties/gpu-patterns/items')
    _n167 = ('application.schema.json', '/$defs/probe/properties/http')
    _n168 = ('application.schema.json', '/$defs/probe/properties/tcp')
    _n169 = ('application.schema.json', '/$defs/probe/properties/exec')
    _c367 = frozenset(['cmd'])
    _n170 = ('application.schema.json', '/$defs/probe/oneOf/0')
    _n171 = ('application.schema.json', '/$defs/probe/oneOf/1')
    _n172 = ('application.schema.json', '/$defs/probe/oneOf/2')
    _n173 = ('application.schema.json', '/$defs/container/properties/on-mounted-file-change/properties/cmd/items')
    _n174 = ('application.schema.json', '/$defs/mount/properties/files/items')
    _c373 = frozenset(['mount-path', 'name'])
    _n175 = ('application.schema.json', '/$defs/vm-probe/properties/http/properties/path')
    _c375 = 1
    _n176 = ('common.schema.json', '/$defs/port')
    _c377 = frozenset(['http', 'https'])
    _n177 = ('application.schema.json', '/$defs/vm-probe/properties/http/properties/scheme')
    _n178 = ('application.schema.json', '/$defs/vm-probe/properties/http/properties/host')
    _n179 = ('application.schema.json', '/$defs/vm-probe/properties/http/properties/request-headers')
    _n180 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/cname/items')
    _c382 = frozenset(['cname', 'name'])
    _c383 = 'target'
    _c384 = 'priority'
    _c385 = 'weight'
    _n181 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/srv/items')
    _c387 = frozenset(['name', 'port', 'priority', 'target', 'weight'])
    _c388 = 'order'
    _c389 = 'preference'
    _c390 = 'flags'
    _c391 = 'regexp'
    _c392 = 'replacement'
    _n182 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items')
    _c394 = frozenset(['flags', 'name', 'order', 'preference', 'regexp', 'replacement', 'services'])
    _n183 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains/items/properties/domain')
    _n184 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains/items/properties/srv')
    _n185 = ('application.schema.json', '/$defs/volume/properties/config-map/properties/items/items/properties/name')
    _n186 = ('application.schema.json', '/$defs/volume/properties/config-map/properties/items/items/properties/data-verbatim')
    _n187 = ('application.schema.json', '/$defs/volume/properties/config-map/properties/items/items/not')
    _n188 = ('application.schema.json', '/$defs/probe/properties/http/properties/path')
    _n189 = ('application.schema.json', '/$defs/probe/properties/http/properties/scheme')
    _n190 = ('application.schema.json', '/$defs/probe/properties/http/properties/host')
    _n191 = ('application.schema.json', '/$defs/probe/properties/http/properties/request-headers')
    _n192 = ('application.schema.json', '/$defs/probe/properties/exec/properties/cmd')
    _n193 = ('application.schema.json', '/$defs/mount/properties/files/items/properties/name')
    _n194 = ('application.schema.json', '/$defs/vm-probe/properties/http/properties/request-headers/additionalProperties')
    _n195 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/cname/items/properties/name')
    _n196 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/cname/items/properties/cname')
    _n197 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/srv/items/properties/name')
    _n198 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/srv/items/properties/target')
    _c411 = re.compile('^[A-Za-z0-9]*$', 32)
    _n199 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items/properties/flags')
    _c413 = re.compile('^[a-zA-Z0-9+]*$', 32)
    _n200 = ('application.schema.json', '/$defs/service/properties/site-dns-records/properties/domains/items/properties/naptr/items/properties/services')
    _n201 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains/items/properties/srv/items')
    _c416 = frozenset(['name', 'port', 'priority'])
    _n202 = ('application.schema.json', '/$defs/probe/properties/http/properties/request-headers/additionalProperties')
    _n203 = ('application.schema.json', '/$defs/probe/properties/exec/properties/cmd/items')
    _n204 = ('application.schema.json', '/$defs/service/properties/network/properties/ingress-ip-per-instance/properties/dns-records/properties/domains/items/properties/srv/items/properties/name')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c1 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v7(v):
                    yield from _e7(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v8(v):
                    yield from _e8(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v9(v):
                    yield from _e9(v, p + (_c7,), s + ('properties', _c7))
            if _c1 in x:
                v = x[_c1]
                if not _v10(v):
                    yield from _e10(v, p + (_c1,), s + ('properties', _c1))
            if _c8 in x:
                v = x[_c8]
                if not _v11(v):
                    yield from _e11(v, p + (_c8,), s + ('properties', _c8))
        if t is dict:
            if any(k not in _c9 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c10.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c10.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c12.search(x):
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and not _c12.search(x):
            yield (_n2, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v12(v): return False
        for k in x:
            if not _v13(k):
                return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k in x:
                if not _v13(k):
                    yield from _e13(k, p, s + ('propertyNames',))
        if t is dict:
            for k, v in x.items():
                if k not in _c15:
                    if not _v12(v):
                        yield from _e12(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c17 in x:
                v = x[_c17]
                if not _v1(v):
                    yield from _e1(v, p + (_c17,), s + ('properties', _c17))
        if t is dict:
            if any(k not in _c18 for k in x):
                yield (_n4, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v8(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c19):
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c19):
            yield (_n5, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v9(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c5 in x:
                v = x[_c5]
                if not _v16(v):
                    yield from _e16(v, p + (_c5,), s + ('properties', _c5))
        if t is dict:
            if any(k not in _c22 for k in x):
                yield (_n6, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v17(v):
                return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v17(v):
                    yield from _e17(v, p + (i,), s + ('items',))
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v19(v):
                return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v19(v):
                    yield from _e19(v, p + (i,), s + ('items',))
        return
        yield
    def _v12(x):
        t = type(x)
        if not (t is str or t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c25.search(x):
                return False
        if t is list:
            for v in x:
                if not _v20(v):
                    return False
        return True
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str or t is list):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is str and not _c25.search(x):
            yield (_n9, 'pattern', p, x, s + ('pattern',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v20(v):
                    yield from _e20(v, p + (i,), s + ('items',))
        return
        yield
    def _v13(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c27.search(x):
            return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and not _c27.search(x):
            yield (_n10, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v16(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t4.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e16(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n11, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c30 in x:
                v = x[_c30]
                if not _v22(v):
                    yield from _e22(v, p + (_c30,), s + ('properties', _c30))
            if _c31 in x:
                v = x[_c31]
                if not _v22(v):
                    yield from _e22(v, p + (_c31,), s + ('properties', _c31))
        if t is dict:
            if any(k not in _c32 for k in x):
                yield (_n11, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v17(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c33 not in x:
            return False
        for k, v in x.items():
            f = _t5.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v40(x), _v41(x)].count(True) != 1:
            return False
        if _v42(x):
            return False
        return True
    def _e17(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n12, 'required', p, x, s + ('required',), None)
            if _c33 not in x:
                yield (_n12, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c33 in x:
                v = x[_c33]
                if not _v26(v):
                    yield from _e26(v, p + (_c33,), s + ('properties', _c33))
            if _c35 in x:
                v = x[_c35]
                if not _v27(v):
                    yield from _e27(v, p + (_c35,), s + ('properties', _c35))
            if _c36 in x:
                v = x[_c36]
                if not _v29(v):
                    yield from _e29(v, p + (_c36,), s + ('properties', _c36))
            if _c37 in x:
                v = x[_c37]
                if not _v30(v):
                    yield from _e30(v, p + (_c37,), s + ('properties', _c37))
            if _c5 in x:
                v = x[_c5]
                if not _v31(v):
                    yield from _e31(v, p + (_c5,), s + ('properties', _c5))
            if _c38 in x:
                v = x[_c38]
                if not _v32(v):
                    yield from _e32(v, p + (_c38,), s + ('properties', _c38))
            if _c39 in x:
                v = x[_c39]
                if not _v33(v):
                    yield from _e33(v, p + (_c39,), s + ('properties', _c39))
            if _c40 in x:
                v = x[_c40]
                if not _v34(v):
                    yield from _e34(v, p + (_c40,), s + ('properties', _c40))
            if _c41 in x:
                v = x[_c41]
                if not _v35(v):
                    yield from _e35(v, p + (_c41,), s + ('properties', _c41))
            if _c42 in x:
                v = x[_c42]
                if not _v36(v):
                    yield from _e36(v, p + (_c42,), s + ('properties', _c42))
            if _c43 in x:
                v = x[_c43]
                if not _v38(v):
                    yield from _e38(v, p + (_c43,), s + ('properties', _c43))
            if _c44 in x:
                v = x[_c44]
                if not _v39(v):
                    yield from _e39(v, p + (_c44,), s + ('properties', _c44))
        if t is dict:
            if any(k not in _c45 for k in x):
                yield (_n12, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e40, 0), (_e41, 1),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n12, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v40, _v41,)[first + 1:]):
            yield (_n12, 'oneOf', p, x, s + ('oneOf',), None)
        if _v42(x):
            yield (_n12, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v19(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c46 not in x:
            return False
        if _c47 not in x:
            return False
        for k, v in x.items():
            f = _t6.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e19(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c46 not in x:
                yield (_n13, 'required', p, x, s + ('required',), None)
            if _c47 not in x:
                yield (_n13, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c46 in x:
                v = x[_c46]
                if not _v43(v):
                    yield from _e43(v, p + (_c46,), s + ('properties', _c46))
            if _c47 in x:
                v = x[_c47]
                if not _v44(v):
                    yield from _e44(v, p + (_c47,), s + ('properties', _c47))
            if _c1 in x:
                v = x[_c1]
                if not _v45(v):
                    yield from _e45(v, p + (_c1,), s + ('properties', _c1))
        if t is dict:
            if any(k not in _c49 for k in x):
                yield (_n13, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v20(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c25.search(x):
            return False
        return True
    def _e20(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is str and not _c25.search(x):
            yield (_n14, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v22(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c51.search(x):
            return False
        return True
    def _e22(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is str and not _c51.search(x):
            yield (_n15, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v26(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c53):
            return False
        return True
    def _e26(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c53):
            yield (_n16, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v27(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c55.search(x):
                return False
        if t is int or t is float:
            if x < _c56:
                return False
            if x > _c57:
                return False
        return True
    def _e27(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            yield (_n17, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n17, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c57:
            yield (_n17, 'maximum', p, x, s + ('maximum',), None)
        if t is str and not _c55.search(x):
            yield (_n17, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v29(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e29(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n18, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v30(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t7.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e30(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n19, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c61 in x:
                v = x[_c61]
                if not _v46(v):
                    yield from _e46(v, p + (_c61,), s + ('properties', _c61))
            if _c62 in x:
                v = x[_c62]
                if not _v48(v):
                    yield from _e48(v, p + (_c62,), s + ('properties', _c62))
            if _c63 in x:
                v = x[_c63]
                if not _v49(v):
                    yield from _e49(v, p + (_c63,), s + ('properties', _c63))
        if t is dict:
            if any(k not in _c64 for k in x):
                yield (_n19, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v31(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t8.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if not (_v54(x) and _v55(x)):
            return False
        return True
    def _e31(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n20, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c66 in x:
                v = x[_c66]
                if not _v50(v):
                    yield from _e50(v, p + (_c66,), s + ('properties', _c66))
            if _c67 in x:
                v = x[_c67]
                if not _v51(v):
                    yield from _e51(v, p + (_c67,), s + ('properties', _c67))
            if _c68 in x:
                v = x[_c68]
                if not _v53(v):
                    yield from _e53(v, p + (_c68,), s + ('properties', _c68))
        if t is dict:
            if any(k not in _c69 for k in x):
                yield (_n20, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if not _v54(x):
            yield from _e54(x, p, s + ('allOf', 0))
        if not _v55(x):
            yield from _e55(x, p, s + ('allOf', 1))
        return
        yield
    def _v32(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v56(v):
                return False
        return True
    def _e32(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n21, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v56(v):
                    yield from _e56(v, p + (i,), s + ('items',))
        return
        yield
    def _v33(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v58(v):
                return False
        return True
    def _e33(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n22, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v58(v):
                    yield from _e58(v, p + (i,), s + ('items',))
        return
        yield
    def _v34(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v60(v):
                return False
        return True
    def _e34(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n23, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v60(v):
                    yield from _e60(v, p + (i,), s + ('items',))
        return
        yield
    def _v35(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v62(v):
                return False
        return True
    def _e35(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n24, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v62(v):
                    yield from _e62(v, p + (i,), s + ('items',))
        return
        yield
    def _v36(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c74 not in x:
            return False
        for k, v in x.items():
            f = _t9.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e36(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n25, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n25, 'required', p, x, s + ('required',), None)
            if _c74 not in x:
                yield (_n25, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c74 in x:
                v = x[_c74]
                if not _v65(v):
                    yield from _e65(v, p + (_c74,), s + ('properties', _c74))
            if _c76 in x:
                v = x[_c76]
                if not _v66(v):
                    yield from _e66(v, p + (_c76,), s + ('properties', _c76))
            if _c77 in x:
                v = x[_c77]
                if not _v67(v):
                    yield from _e67(v, p + (_c77,), s + ('properties', _c77))
            if _c78 in x:
                v = x[_c78]
                if not _v69(v):
                    yield from _e69(v, p + (_c78,), s + ('properties', _c78))
            if _c79 in x:
                v = x[_c79]
                if not _v71(v):
                    yield from _e71(v, p + (_c79,), s + ('properties', _c79))
            if _c80 in x:
                v = x[_c80]
                if not _v73(v):
                    yield from _e73(v, p + (_c80,), s + ('properties', _c80))
            if _c81 in x:
                v = x[_c81]
                if not _v75(v):
                    yield from _e75(v, p + (_c81,), s + ('properties', _c81))
            if _c82 in x:
                v = x[_c82]
                if not _v76(v):
                    yield from _e76(v, p + (_c82,), s + ('properties', _c82))
            if _c83 in x:
                v = x[_c83]
                if not _v78(v):
                    yield from _e78(v, p + (_c83,), s + ('properties', _c83))
            if _c84 in x:
                v = x[_c84]
                if not _v80(v):
                    yield from _e80(v, p + (_c84,), s + ('properties', _c84))
            if _c85 in x:
                v = x[_c85]
                if not _v82(v):
                    yield from _e82(v, p + (_c85,), s + ('properties', _c85))
            if _c86 in x:
                v = x[_c86]
                if not _v83(v):
                    yield from _e83(v, p + (_c86,), s + ('properties', _c86))
            if _c87 in x:
                v = x[_c87]
                if not _v83(v):
                    yield from _e83(v, p + (_c87,), s + ('properties', _c87))
            if _c88 in x:
                v = x[_c88]
                if not _v86(v):
                    yield from _e86(v, p + (_c88,), s + ('properties', _c88))
            if _c89 in x:
                v = x[_c89]
                if not _v87(v):
                    yield from _e87(v, p + (_c89,), s + ('properties', _c89))
        if t is dict:
            if any(k not in _c90 for k in x):
                yield (_n25, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v38(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c91 not in x:
            return False
        for k, v in x.items():
            f = _t10.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e38(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n26, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c91 not in x:
                yield (_n26, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c91 in x:
                v = x[_c91]
                if not _v87(v):
                    yield from _e87(v, p + (_c91,), s + ('properties', _c91))
            if _c93 in x:
                v = x[_c93]
                if not _v90(v):
                    yield from _e90(v, p + (_c93,), s + ('properties', _c93))
        if t is dict:
            if any(k not in _c94 for k in x):
                yield (_n26, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v39(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t11.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e39(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n27, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c96 in x:
                v = x[_c96]
                if not _v92(v):
                    yield from _e92(v, p + (_c96,), s + ('properties', _c96))
        if t is dict:
            if any(k not in _c97 for k in x):
                yield (_n27, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v40(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c40 not in x:
                return False
        return True
    def _e40(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c40 not in x:
                yield (_n28, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v41(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c42 not in x:
                return False
        return True
    def _e41(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c42 not in x:
                yield (_n29, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v42(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c41 not in x:
                return False
            if _c42 not in x:
                return False
        return True
    def _e42(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c41 not in x:
                yield (_n30, 'required', p, x, s + ('required',), None)
            if _c42 not in x:
                yield (_n30, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v43(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e43(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n31, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n31, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v44(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c102):
            return False
        return True
    def _e44(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c102):
            yield (_n32, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v45(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v93(v):
                return False
        return True
    def _e45(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n33, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v93(v):
                    yield from _e93(v, p + (i,), s + ('items',))
        return
        yield
    _v46 = _v43
    def _e46(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n34, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n34, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v48(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t12.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e48(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n35, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c1 in x:
                v = x[_c1]
                if not _v94(v):
                    yield from _e94(v, p + (_c1,), s + ('properties', _c1))
        if t is dict:
            if any(k not in _c107 for k in x):
                yield (_n35, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v49(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t13.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e49(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n36, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c1 in x:
                v = x[_c1]
                if not _v95(v):
                    yield from _e95(v, p + (_c1,), s + ('properties', _c1))
        if t is dict:
            if any(k not in _c107 for k in x):
                yield (_n36, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v50(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(_c109, x):
            return False
        return True
    def _e50(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n37, 'const', p, x, s + ('const',), None)
        return
        yield
    def _v51(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t14.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if not (_v101(x) and _v102(x) and _v103(x) and _v104(x) and _v105(x)):
            return False
        return True
    def _e51(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n38, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c112 in x:
                v = x[_c112]
                if not _v96(v):
                    yield from _e96(v, p + (_c112,), s + ('properties', _c112))
            if _c113 in x:
                v = x[_c113]
                if not _v97(v):
                    yield from _e97(v, p + (_c113,), s + ('properties', _c113))
            if _c114 in x:
                v = x[_c114]
                if not _v98(v):
                    yield from _e98(v, p + (_c114,), s + ('properties', _c114))
            if _c115 in x:
                v = x[_c115]
                if not _v100(v):
                    yield from _e100(v, p + (_c115,), s + ('properties', _c115))
        if t is dict:
            if any(k not in _c116 for k in x):
                yield (_n38, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if not _v101(x):
            yield from _e101(x, p, s + ('allOf', 0))
        if not _v102(x):
            yield from _e102(x, p, s + ('allOf', 1))
        if not _v103(x):
            yield from _e103(x, p, s + ('allOf', 2))
        if not _v104(x):
            yield from _e104(x, p, s + ('allOf', 3))
        if not _v105(x):
            yield from _e105(x, p, s + ('allOf', 4))
        return
        yield
    def _v53(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t15.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e53(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n39, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c118 in x:
                v = x[_c118]
                if not _v106(v):
                    yield from _e106(v, p + (_c118,), s + ('properties', _c118))
            if _c119 in x:
                v = x[_c119]
                if not _v51(v):
                    yield from _e51(v, p + (_c119,), s + ('properties', _c119))
            if _c120 in x:
                v = x[_c120]
                if not _v51(v):
                    yield from _e51(v, p + (_c120,), s + ('properties', _c120))
            if _c121 in x:
                v = x[_c121]
                if not _v46(v):
                    yield from _e46(v, p + (_c121,), s + ('properties', _c121))
            if _c122 in x:
                v = x[_c122]
                if not _v46(v):
                    yield from _e46(v, p + (_c122,), s + ('properties', _c122))
            if _c123 in x:
                v = x[_c123]
                if not _v111(v):
                    yield from _e111(v, p + (_c123,), s + ('properties', _c123))
        if t is dict:
            if any(k not in _c124 for k in x):
                yield (_n39, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v54(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v112(x):
            return False
        return True
    def _e54(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v112(x):
            yield (_n40, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v55(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v113(x):
            return False
        return True
    def _e55(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v113(x):
            yield (_n41, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v56(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t16.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v118(x), _v119(x)].count(True) != 1:
            return False
        return True
    def _e56(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n42, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n42, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v114(v):
                    yield from _e114(v, p + (_c0,), s + ('properties', _c0))
            if _c128 in x:
                v = x[_c128]
                if not _v116(v):
                    yield from _e116(v, p + (_c128,), s + ('properties', _c128))
            if _c129 in x:
                v = x[_c129]
                if not _v117(v):
                    yield from _e117(v, p + (_c129,), s + ('properties', _c129))
        if t is dict:
            if any(k not in _c130 for k in x):
                yield (_n42, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e118, 0), (_e119, 1),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n42, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v118, _v119,)[first + 1:]):
            yield (_n42, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v58(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t17.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v127(x), _v128(x), _v129(x), _v130(x), _v131(x)].count(True) != 1:
            return False
        return True
    def _e58(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n43, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n43, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c132 in x:
                v = x[_c132]
                if not _v121(v):
                    yield from _e121(v, p + (_c132,), s + ('properties', _c132))
            if _c133 in x:
                v = x[_c133]
                if not _v121(v):
                    yield from _e121(v, p + (_c133,), s + ('properties', _c133))
            if _c134 in x:
                v = x[_c134]
                if not _v124(v):
                    yield from _e124(v, p + (_c134,), s + ('properties', _c134))
            if _c135 in x:
                v = x[_c135]
                if not _v125(v):
                    yield from _e125(v, p + (_c135,), s + ('properties', _c135))
            if _c136 in x:
                v = x[_c136]
                if not _v126(v):
                    yield from _e126(v, p + (_c136,), s + ('properties', _c136))
        if t is dict:
            if any(k not in _c137 for k in x):
                yield (_n43, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e127, 0), (_e128, 1), (_e129, 2), (_e130, 3), (_e131, 4),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n43, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v127, _v128, _v129, _v130, _v131,)[first + 1:]):
            yield (_n43, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v60(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c138 not in x:
            return False
        for k, v in x.items():
            f = _t18.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e60(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n44, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n44, 'required', p, x, s + ('required',), None)
            if _c138 not in x:
                yield (_n44, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c138 in x:
                v = x[_c138]
                if not _v133(v):
                    yield from _e133(v, p + (_c138,), s + ('properties', _c138))
            if _c140 in x:
                v = x[_c140]
                if not _v134(v):
                    yield from _e134(v, p + (_c140,), s + ('properties', _c140))
            if _c141 in x:
                v = x[_c141]
                if not _v135(v):
                    yield from _e135(v, p + (_c141,), s + ('properties', _c141))
            if _c142 in x:
                v = x[_c142]
                if not _v67(v):
                    yield from _e67(v, p + (_c142,), s + ('properties', _c142))
            if _c81 in x:
                v = x[_c81]
                if not _v137(v):
                    yield from _e137(v, p + (_c81,), s + ('properties', _c81))
            if _c78 in x:
                v = x[_c78]
                if not _v69(v):
                    yield from _e69(v, p + (_c78,), s + ('properties', _c78))
            if _c79 in x:
                v = x[_c79]
                if not _v71(v):
                    yield from _e71(v, p + (_c79,), s + ('properties', _c79))
            if _c80 in x:
                v = x[_c80]
                if not _v73(v):
                    yield from _e73(v, p + (_c80,), s + ('properties', _c80))
            if _c143 in x:
                v = x[_c143]
                if not _v73(v):
                    yield from _e73(v, p + (_c143,), s + ('properties', _c143))
            if _c84 in x:
                v = x[_c84]
                if not _v80(v):
                    yield from _e80(v, p + (_c84,), s + ('properties', _c84))
            if _c85 in x:
                v = x[_c85]
                if not _v143(v):
                    yield from _e143(v, p + (_c85,), s + ('properties', _c85))
            if _c86 in x:
                v = x[_c86]
                if not _v83(v):
                    yield from _e83(v, p + (_c86,), s + ('properties', _c86))
            if _c87 in x:
                v = x[_c87]
                if not _v83(v):
                    yield from _e83(v, p + (_c87,), s + ('properties', _c87))
            if _c89 in x:
                v = x[_c89]
                if not _v87(v):
                    yield from _e87(v, p + (_c89,), s + ('properties', _c89))
            if _c144 in x:
                v = x[_c144]
                if not _v147(v):
                    yield from _e147(v, p + (_c144,), s + ('properties', _c144))
            if _c145 in x:
                v = x[_c145]
                if not _v149(v):
                    yield from _e149(v, p + (_c145,), s + ('properties', _c145))
            if _c146 in x:
                v = x[_c146]
                if not _v150(v):
                    yield from _e150(v, p + (_c146,), s + ('properties', _c146))
            if _c83 in x:
                v = x[_c83]
                if not _v78(v):
                    yield from _e78(v, p + (_c83,), s + ('properties', _c83))
            if _c147 in x:
                v = x[_c147]
                if not _v153(v):
                    yield from _e153(v, p + (_c147,), s + ('properties', _c147))
            if _c82 in x:
                v = x[_c82]
                if not _v76(v):
                    yield from _e76(v, p + (_c82,), s + ('properties', _c82))
            if _c148 in x:
                v = x[_c148]
                if not _v156(v):
                    yield from _e156(v, p + (_c148,), s + ('properties', _c148))
            if _c149 in x:
                v = x[_c149]
                if not _v158(v):
                    yield from _e158(v, p + (_c149,), s + ('properties', _c149))
            if _c88 in x:
                v = x[_c88]
                if not _v159(v):
                    yield from _e159(v, p + (_c88,), s + ('properties', _c88))
            if _c150 in x:
                v = x[_c150]
                if not _v160(v):
                    yield from _e160(v, p + (_c150,), s + ('properties', _c150))
            if _c151 in x:
                v = x[_c151]
                if not _v161(v):
                    yield from _e161(v, p + (_c151,), s + ('properties', _c151))
        if t is dict:
            if any(k not in _c152 for k in x):
                yield (_n44, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v62(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c138 not in x:
            return False
        for k, v in x.items():
            f = _t19.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e62(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n45, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n45, 'required', p, x, s + ('required',), None)
            if _c138 not in x:
                yield (_n45, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c138 in x:
                v = x[_c138]
                if not _v163(v):
                    yield from _e163(v, p + (_c138,), s + ('properties', _c138))
            if _c140 in x:
                v = x[_c140]
                if not _v164(v):
                    yield from _e164(v, p + (_c140,), s + ('properties', _c140))
            if _c141 in x:
                v = x[_c141]
                if not _v165(v):
                    yield from _e165(v, p + (_c141,), s + ('properties', _c141))
            if _c142 in x:
                v = x[_c142]
                if not _v67(v):
                    yield from _e67(v, p + (_c142,), s + ('properties', _c142))
            if _c81 in x:
                v = x[_c81]
                if not _v167(v):
                    yield from _e167(v, p + (_c81,), s + ('properties', _c81))
            if _c78 in x:
                v = x[_c78]
                if not _v69(v):
                    yield from _e69(v, p + (_c78,), s + ('properties', _c78))
            if _c79 in x:
                v = x[_c79]
                if not _v71(v):
                    yield from _e71(v, p + (_c79,), s + ('properties', _c79))
            if _c80 in x:
                v = x[_c80]
                if not _v73(v):
                    yield from _e73(v, p + (_c80,), s + ('properties', _c80))
            if _c143 in x:
                v = x[_c143]
                if not _v73(v):
                    yield from _e73(v, p + (_c143,), s + ('properties', _c143))
            if _c84 in x:
                v = x[_c84]
                if not _v80(v):
                    yield from _e80(v, p + (_c84,), s + ('properties', _c84))
            if _c85 in x:
                v = x[_c85]
                if not _v173(v):
                    yield from _e173(v, p + (_c85,), s + ('properties', _c85))
            if _c86 in x:
                v = x[_c86]
                if not _v83(v):
                    yield from _e83(v, p + (_c86,), s + ('properties', _c86))
            if _c87 in x:
                v = x[_c87]
                if not _v83(v):
                    yield from _e83(v, p + (_c87,), s + ('properties', _c87))
            if _c89 in x:
                v = x[_c89]
                if not _v87(v):
                    yield from _e87(v, p + (_c89,), s + ('properties', _c89))
            if _c144 in x:
                v = x[_c144]
                if not _v147(v):
                    yield from _e147(v, p + (_c144,), s + ('properties', _c144))
            if _c145 in x:
                v = x[_c145]
                if not _v178(v):
                    yield from _e178(v, p + (_c145,), s + ('properties', _c145))
            if _c146 in x:
                v = x[_c146]
                if not _v150(v):
                    yield from _e150(v, p + (_c146,), s + ('properties', _c146))
            if _c83 in x:
                v = x[_c83]
                if not _v78(v):
                    yield from _e78(v, p + (_c83,), s + ('properties', _c83))
            if _c147 in x:
                v = x[_c147]
                if not _v153(v):
                    yield from _e153(v, p + (_c147,), s + ('properties', _c147))
            if _c82 in x:
                v = x[_c82]
                if not _v76(v):
                    yield from _e76(v, p + (_c82,), s + ('properties', _c82))
            if _c148 in x:
                v = x[_c148]
                if not _v156(v):
                    yield from _e156(v, p + (_c148,), s + ('properties', _c148))
            if _c149 in x:
                v = x[_c149]
                if not _v184(v):
                    yield from _e184(v, p + (_c149,), s + ('properties', _c149))
            if _c154 in x:
                v = x[_c154]
                if not _v87(v):
                    yield from _e87(v, p + (_c154,), s + ('properties', _c154))
        if t is dict:
            if any(k not in _c155 for k in x):
                yield (_n45, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v65 = _v43
    def _e65(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n46, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n46, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v66(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t20.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e66(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n47, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c158 in x:
                v = x[_c158]
                if not _v186(v):
                    yield from _e186(v, p + (_c158,), s + ('properties', _c158))
            if _c159 in x:
                v = x[_c159]
                if not _v186(v):
                    yield from _e186(v, p + (_c159,), s + ('properties', _c159))
            if _c160 in x:
                v = x[_c160]
                if not _v186(v):
                    yield from _e186(v, p + (_c160,), s + ('properties', _c160))
            if _c161 in x:
                v = x[_c161]
                if not _v186(v):
                    yield from _e186(v, p + (_c161,), s + ('properties', _c161))
        if t is dict:
            if any(k not in _c162 for k in x):
                yield (_n47, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v67(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t21.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v186(v): return False
        return True
    def _e67(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n48, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c15:
                    if not _v186(v):
                        yield from _e186(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v69(x):
        t = type(x)
        if not ((t is int or t is float) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c164.search(x):
                return False
        if t is int or t is float:
            if x < _c165:
                return False
        return True
    def _e69(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or t is float) or t is str):
            yield (_n49, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c165:
            yield (_n49, 'minimum', p, x, s + ('minimum',), None)
        if t is str and not _c164.search(x):
            yield (_n49, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v71(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c56:
            return False
        if x > _c167:
            return False
        return True
    def _e71(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n50, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n50, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c167:
            yield (_n50, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v73(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c169.search(x):
            return False
        return True
    def _e73(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n51, 'type', p, x, s + ('type',), None)
        if t is str and not _c169.search(x):
            yield (_n51, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v75(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v192(v):
                return False
        return True
    def _e75(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n52, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v192(v):
                    yield from _e192(v, p + (i,), s + ('items',))
        return
        yield
    def _v76(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t22.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e76(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n53, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c173 in x:
                v = x[_c173]
                if not _v194(v):
                    yield from _e194(v, p + (_c173,), s + ('properties', _c173))
        if t is dict:
            if any(k not in _c174 for k in x):
                yield (_n53, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v78(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v195(v):
                return False
        return True
    def _e78(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n54, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v195(v):
                    yield from _e195(v, p + (i,), s + ('items',))
        return
        yield
    def _v80(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c176.search(x):
            return False
        return True
    def _e80(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n55, 'type', p, x, s + ('type',), None)
        if t is str and not _c176.search(x):
            yield (_n55, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v82 = _v29
    def _e82(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n56, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v83(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c56:
            return False
        if x > _c57:
            return False
        return True
    def _e83(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n57, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n57, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c57:
            yield (_n57, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v86(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t23.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e86(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n58, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c181 in x:
                v = x[_c181]
                if not _v196(v):
                    yield from _e196(v, p + (_c181,), s + ('properties', _c181))
            if _c182 in x:
                v = x[_c182]
                if not _v196(v):
                    yield from _e196(v, p + (_c182,), s + ('properties', _c182))
            if _c183 in x:
                v = x[_c183]
                if not _v196(v):
                    yield from _e196(v, p + (_c183,), s + ('properties', _c183))
        if t is dict:
            if any(k not in _c184 for k in x):
                yield (_n58, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v87(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c185.search(x):
            return False
        return True
    def _e87(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n59, 'type', p, x, s + ('type',), None)
        if t is str and not _c185.search(x):
            yield (_n59, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v90 = _v27
    def _e90(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            yield (_n60, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n60, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c57:
            yield (_n60, 'maximum', p, x, s + ('maximum',), None)
        if t is str and not _c55.search(x):
            yield (_n60, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v92(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v200(v):
                return False
        return True
    def _e92(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n61, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v200(v):
                    yield from _e200(v, p + (i,), s + ('items',))
        return
        yield
    def _v93(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t24.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e93(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n62, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n62, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c190 in x:
                v = x[_c190]
                if not _v83(v):
                    yield from _e83(v, p + (_c190,), s + ('properties', _c190))
            if _c191 in x:
                v = x[_c191]
                if not _v87(v):
                    yield from _e87(v, p + (_c191,), s + ('properties', _c191))
        if t is dict:
            if any(k not in _c192 for k in x):
                yield (_n62, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v94(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v204(v):
                return False
        return True
    def _e94(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n63, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v204(v):
                    yield from _e204(v, p + (i,), s + ('items',))
        return
        yield
    def _v95(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v205(v):
                return False
        return True
    def _e95(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n64, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v205(v):
                    yield from _e205(v, p + (i,), s + ('items',))
        return
        yield
    _v96 = _v50
    def _e96(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n65, 'const', p, x, s + ('const',), None)
        return
        yield
    _v97 = _v50
    def _e97(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n66, 'const', p, x, s + ('const',), None)
        return
        yield
    def _v98(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c197):
            return False
        return True
    def _e98(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c197):
            yield (_n67, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v100(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t25.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v98(v): return False
        return True
    def _e100(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n68, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c15:
                    if not _v98(v):
                        yield from _e98(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v101(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v207(x):
            return False
        return True
    def _e101(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v207(x):
            yield (_n69, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v102(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v208(x):
            return False
        return True
    def _e102(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v208(x):
            yield (_n70, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v103(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v209(x):
            return False
        return True
    def _e103(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v209(x):
            yield (_n71, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v104(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v210(x):
            return False
        return True
    def _e104(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v210(x):
            yield (_n72, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v105(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v211(x):
            return False
        return True
    def _e105(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v211(x):
            yield (_n73, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v106(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v212(v):
                return False
        return True
    def _e106(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n74, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v212(v):
                    yield from _e212(v, p + (i,), s + ('items',))
        return
        yield
    def _v111(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t26.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e111(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n75, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c96 in x:
                v = x[_c96]
                if not _v213(v):
                    yield from _e213(v, p + (_c96,), s + ('properties', _c96))
        if t is dict:
            if any(k not in _c97 for k in x):
                yield (_n75, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v112(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c66 not in x:
                return False
            if _c67 not in x:
                return False
        return True
    def _e112(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c66 not in x:
                yield (_n76, 'required', p, x, s + ('required',), None)
            if _c67 not in x:
                yield (_n76, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v113(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c66 not in x:
                return False
            if _c68 not in x:
                return False
        return True
    def _e113(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c66 not in x:
                yield (_n77, 'required', p, x, s + ('required',), None)
            if _c68 not in x:
                yield (_n77, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v114(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c209.search(x):
            return False
        return True
    def _e114(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n78, 'type', p, x, s + ('type',), None)
        if t is str and not _c209.search(x):
            yield (_n78, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v116(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e116(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n79, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v117(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c212 not in x:
            return False
        if _c213 not in x:
            return False
        if _c214 not in x:
            return False
        for k, v in x.items():
            f = _t27.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e117(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n80, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c212 not in x:
                yield (_n80, 'required', p, x, s + ('required',), None)
            if _c213 not in x:
                yield (_n80, 'required', p, x, s + ('required',), None)
            if _c214 not in x:
                yield (_n80, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c212 in x:
                v = x[_c212]
                if not _v214(v):
                    yield from _e214(v, p + (_c212,), s + ('properties', _c212))
            if _c213 in x:
                v = x[_c213]
                if not _v215(v):
                    yield from _e215(v, p + (_c213,), s + ('properties', _c213))
            if _c214 in x:
                v = x[_c214]
                if not _v216(v):
                    yield from _e216(v, p + (_c214,), s + ('properties', _c214))
            if _c216 in x:
                v = x[_c216]
                if not _v1(v):
                    yield from _e1(v, p + (_c216,), s + ('properties', _c216))
        if t is dict:
            if any(k not in _c217 for k in x):
                yield (_n80, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v118(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c128 not in x:
                return False
        return True
    def _e118(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c128 not in x:
                yield (_n81, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v119(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c129 not in x:
                return False
        return True
    def _e119(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c129 not in x:
                yield (_n82, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v121(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c220 not in x:
            return False
        for k, v in x.items():
            f = _t28.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e121(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n83, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c220 not in x:
                yield (_n83, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c220 in x:
                v = x[_c220]
                if not _v73(v):
                    yield from _e73(v, p + (_c220,), s + ('properties', _c220))
            if _c222 in x:
                v = x[_c222]
                if not _v219(v):
                    yield from _e219(v, p + (_c222,), s + ('properties', _c222))
            if _c223 in x:
                v = x[_c223]
                if not _v221(v):
                    yield from _e221(v, p + (_c223,), s + ('properties', _c223))
            if _c224 in x:
                v = x[_c224]
                if not _v46(v):
                    yield from _e46(v, p + (_c224,), s + ('properties', _c224))
        if t is dict:
            if any(k not in _c225 for k in x):
                yield (_n83, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v124(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c226 not in x:
            return False
        for k, v in x.items():
            f = _t29.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e124(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n84, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c226 not in x:
                yield (_n84, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c226 in x:
                v = x[_c226]
                if not _v1(v):
                    yield from _e1(v, p + (_c226,), s + ('properties', _c226))
        if t is dict:
            if any(k not in _c228 for k in x):
                yield (_n84, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v125(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t30.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e125(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n85, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c230 in x:
                v = x[_c230]
                if not _v225(v):
                    yield from _e225(v, p + (_c230,), s + ('properties', _c230))
        if t is dict:
            if any(k not in _c231 for k in x):
                yield (_n85, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v126(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c212 not in x:
            return False
        if _c213 not in x:
            return False
        for k, v in x.items():
            f = _t31.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e126(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n86, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c212 not in x:
                yield (_n86, 'required', p, x, s + ('required',), None)
            if _c213 not in x:
                yield (_n86, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c212 in x:
                v = x[_c212]
                if not _v226(v):
                    yield from _e226(v, p + (_c212,), s + ('properties', _c212))
            if _c213 in x:
                v = x[_c213]
                if not _v227(v):
                    yield from _e227(v, p + (_c213,), s + ('properties', _c213))
            if _c222 in x:
                v = x[_c222]
                if not _v219(v):
                    yield from _e219(v, p + (_c222,), s + ('properties', _c222))
            if _c223 in x:
                v = x[_c223]
                if not _v221(v):
                    yield from _e221(v, p + (_c223,), s + ('properties', _c223))
            if _c216 in x:
                v = x[_c216]
                if not _v1(v):
                    yield from _e1(v, p + (_c216,), s + ('properties', _c216))
        if t is dict:
            if any(k not in _c233 for k in x):
                yield (_n86, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v127(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c132 not in x:
                return False
        return True
    def _e127(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c132 not in x:
                yield (_n87, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v128(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c133 not in x:
                return False
        return True
    def _e128(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c133 not in x:
                yield (_n88, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v129(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c134 not in x:
                return False
        return True
    def _e129(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c134 not in x:
                yield (_n89, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v130(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c135 not in x:
                return False
        return True
    def _e130(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c135 not in x:
                yield (_n90, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v131(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c136 not in x:
                return False
        return True
    def _e131(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c136 not in x:
                yield (_n91, 'required', p, x, s + ('required',), None)
        return
        yield
    _v133 = _v43
    def _e133(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n92, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n92, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v134(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v186(v):
                return False
        return True
    def _e134(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n93, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v186(v):
                    yield from _e186(v, p + (i,), s + ('items',))
        return
        yield
    _v135 = _v134
    def _e135(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n94, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v186(v):
                    yield from _e186(v, p + (i,), s + ('items',))
        return
        yield
    _v137 = _v75
    def _e137(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n95, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v192(v):
                    yield from _e192(v, p + (i,), s + ('items',))
        return
        yield
    _v143 = _v29
    def _e143(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n96, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v147(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c244.search(x):
                return False
        if t is int or t is float:
            if x < _c56:
                return False
            if x > _c167:
                return False
        return True
    def _e147(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            yield (_n97, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n97, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c167:
            yield (_n97, 'maximum', p, x, s + ('maximum',), None)
        if t is str and not _c244.search(x):
            yield (_n97, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v149 = _v50
    def _e149(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n98, 'const', p, x, s + ('const',), None)
        return
        yield
    def _v150(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t32.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e150(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n99, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c66 in x:
                v = x[_c66]
                if not _v234(v):
                    yield from _e234(v, p + (_c66,), s + ('properties', _c66))
        if t is dict:
            if any(k not in _c248 for k in x):
                yield (_n99, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v153(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t33.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e153(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n100, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c250 in x:
                v = x[_c250]
                if not _v235(v):
                    yield from _e235(v, p + (_c250,), s + ('properties', _c250))
            if _c251 in x:
                v = x[_c251]
                if not _v236(v):
                    yield from _e236(v, p + (_c251,), s + ('properties', _c251))
        if t is dict:
            if any(k not in _c252 for k in x):
                yield (_n100, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v156(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t34.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e156(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n101, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c4 in x:
                v = x[_c4]
                if not _v237(v):
                    yield from _e237(v, p + (_c4,), s + ('properties', _c4))
            if _c254 in x:
                v = x[_c254]
                if not _v238(v):
                    yield from _e238(v, p + (_c254,), s + ('properties', _c254))
            if _c255 in x:
                v = x[_c255]
                if not _v240(v):
                    yield from _e240(v, p + (_c255,), s + ('properties', _c255))
        if t is dict:
            if any(k not in _c256 for k in x):
                yield (_n101, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v158 = _v43
    def _e158(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n102, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n102, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v159(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t35.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e159(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n103, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c181 in x:
                v = x[_c181]
                if not _v241(v):
                    yield from _e241(v, p + (_c181,), s + ('properties', _c181))
            if _c182 in x:
                v = x[_c182]
                if not _v241(v):
                    yield from _e241(v, p + (_c182,), s + ('properties', _c182))
            if _c183 in x:
                v = x[_c183]
                if not _v241(v):
                    yield from _e241(v, p + (_c183,), s + ('properties', _c183))
        if t is dict:
            if any(k not in _c184 for k in x):
                yield (_n103, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v160(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t36.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if _v247(x):
            return False
        return True
    def _e160(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n104, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c260 in x:
                v = x[_c260]
                if not _v245(v):
                    yield from _e245(v, p + (_c260,), s + ('properties', _c260))
            if _c140 in x:
                v = x[_c140]
                if not _v246(v):
                    yield from _e246(v, p + (_c140,), s + ('properties', _c140))
        if t is dict:
            if any(k not in _c261 for k in x):
                yield (_n104, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if _v247(x):
            yield (_n104, 'not', p, x, s + ('not',), None)
        return
        yield
    def _v161(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        for v in x:
            if not _v248(v):
                return False
        return True
    def _e161(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n105, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v248(v):
                    yield from _e248(v, p + (i,), s + ('items',))
        if t is list and len(x) < 1:
            yield (_n105, 'minItems', p, x, s + ('minItems',), None)
        return
        yield
    _v163 = _v43
    def _e163(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n106, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n106, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v164 = _v134
    def _e164(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n107, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v186(v):
                    yield from _e186(v, p + (i,), s + ('items',))
        return
        yield
    _v165 = _v134
    def _e165(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n108, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v186(v):
                    yield from _e186(v, p + (i,), s + ('items',))
        return
        yield
    _v167 = _v75
    def _e167(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n109, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v192(v):
                    yield from _e192(v, p + (i,), s + ('items',))
        return
        yield
    _v173 = _v29
    def _e173(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n110, 'type', p, x, s + ('type',), None)
        return
        yield
    _v178 = _v50
    def _e178(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n111, 'const', p, x, s + ('const',), None)
        return
        yield
    _v184 = _v43
    def _e184(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n112, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n112, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v186 = _v116
    def _e186(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n113, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v192(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c271 not in x:
            return False
        for k, v in x.items():
            f = _t37.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v257(x), _v258(x)].count(True) != 1:
            return False
        return True
    def _e192(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n114, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c271 not in x:
                yield (_n114, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c271 in x:
                v = x[_c271]
                if not _v1(v):
                    yield from _e1(v, p + (_c271,), s + ('properties', _c271))
            if _c273 in x:
                v = x[_c273]
                if not _v253(v):
                    yield from _e253(v, p + (_c273,), s + ('properties', _c273))
            if _c274 in x:
                v = x[_c274]
                if not _v255(v):
                    yield from _e255(v, p + (_c274,), s + ('properties', _c274))
            if _c33 in x:
                v = x[_c33]
                if not _v256(v):
                    yield from _e256(v, p + (_c33,), s + ('properties', _c33))
        if t is dict:
            if any(k not in _c275 for k in x):
                yield (_n114, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e257, 0), (_e258, 1),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n114, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v257, _v258,)[first + 1:]):
            yield (_n114, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v194(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v13(v):
                return False
        return True
    def _e194(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n115, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v13(v):
                    yield from _e13(v, p + (i,), s + ('items',))
        return
        yield
    def _v195(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c277):
            return False
        return True
    def _e195(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c277):
            yield (_n116, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v196(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t38.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v267(x), _v268(x)].count(True) != 1:
            return False
        return True
    def _e196(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n117, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c280 in x:
                v = x[_c280]
                if not _v260(v):
                    yield from _e260(v, p + (_c280,), s + ('properties', _c280))
            if _c281 in x:
                v = x[_c281]
                if not _v261(v):
                    yield from _e261(v, p + (_c281,), s + ('properties', _c281))
            if _c282 in x:
                v = x[_c282]
                if not _v87(v):
                    yield from _e87(v, p + (_c282,), s + ('properties', _c282))
            if _c91 in x:
                v = x[_c91]
                if not _v87(v):
                    yield from _e87(v, p + (_c91,), s + ('properties', _c91))
            if _c283 in x:
                v = x[_c283]
                if not _v87(v):
                    yield from _e87(v, p + (_c283,), s + ('properties', _c283))
            if _c284 in x:
                v = x[_c284]
                if not _v83(v):
                    yield from _e83(v, p + (_c284,), s + ('properties', _c284))
            if _c285 in x:
                v = x[_c285]
                if not _v83(v):
                    yield from _e83(v, p + (_c285,), s + ('properties', _c285))
        if t is dict:
            if any(k not in _c286 for k in x):
                yield (_n117, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e267, 0), (_e268, 1),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n117, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v267, _v268,)[first + 1:]):
            yield (_n117, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v200(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c287 not in x:
            return False
        for k, v in x.items():
            f = _t39.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e200(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n118, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c287 not in x:
                yield (_n118, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c287 in x:
                v = x[_c287]
                if not _v269(v):
                    yield from _e269(v, p + (_c287,), s + ('properties', _c287))
            if _c289 in x:
                v = x[_c289]
                if not _v270(v):
                    yield from _e270(v, p + (_c289,), s + ('properties', _c289))
            if _c290 in x:
                v = x[_c290]
                if not _v271(v):
                    yield from _e271(v, p + (_c290,), s + ('properties', _c290))
            if _c291 in x:
                v = x[_c291]
                if not _v272(v):
                    yield from _e272(v, p + (_c291,), s + ('properties', _c291))
        if t is dict:
            if any(k not in _c292 for k in x):
                yield (_n118, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v204(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c293.search(x):
            return False
        return True
    def _e204(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n119, 'type', p, x, s + ('type',), None)
        if t is str and not _c293.search(x):
            yield (_n119, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v205 = _v204
    def _e205(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n120, 'type', p, x, s + ('type',), None)
        if t is str and not _c293.search(x):
            yield (_n120, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v207(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                return False
            if _c113 not in x:
                return False
        return True
    def _e207(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                yield (_n121, 'required', p, x, s + ('required',), None)
            if _c113 not in x:
                yield (_n121, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v208(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                return False
            if _c114 not in x:
                return False
        return True
    def _e208(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                yield (_n122, 'required', p, x, s + ('required',), None)
            if _c114 not in x:
                yield (_n122, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v209(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                return False
            if _c115 not in x:
                return False
        return True
    def _e209(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c112 not in x:
                yield (_n123, 'required', p, x, s + ('required',), None)
            if _c115 not in x:
                yield (_n123, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v210(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c113 not in x:
                return False
            if _c114 not in x:
                return False
        return True
    def _e210(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c113 not in x:
                yield (_n124, 'required', p, x, s + ('required',), None)
            if _c114 not in x:
                yield (_n124, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v211(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c113 not in x:
                return False
            if _c115 not in x:
                return False
        return True
    def _e211(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c113 not in x:
                yield (_n125, 'required', p, x, s + ('required',), None)
            if _c115 not in x:
                yield (_n125, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v212(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c301 not in x:
            return False
        for k, v in x.items():
            f = _t40.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e212(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n126, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n126, 'required', p, x, s + ('required',), None)
            if _c301 not in x:
                yield (_n126, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v273(v):
                    yield from _e273(v, p + (_c0,), s + ('properties', _c0))
            if _c301 in x:
                v = x[_c301]
                if not _v274(v):
                    yield from _e274(v, p + (_c301,), s + ('properties', _c301))
        if t is dict:
            if any(k not in _c303 for k in x):
                yield (_n126, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v213(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v276(v):
                return False
        return True
    def _e213(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n127, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v276(v):
                    yield from _e276(v, p + (i,), s + ('items',))
        return
        yield
    def _v214(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str:
            if len(x) < 1:
                return False
        if not _v186(x):
            return False
        return True
    def _e214(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n128, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v215 = _v214
    def _e215(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n129, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v216 = _v43
    def _e216(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n130, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n130, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v219(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c308.search(x):
            return False
        return True
    def _e219(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n131, 'type', p, x, s + ('type',), None)
        if t is str and not _c308.search(x):
            yield (_n131, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v221(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c244.search(x):
            return False
        return True
    def _e221(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n132, 'type', p, x, s + ('type',), None)
        if t is str and not _c244.search(x):
            yield (_n132, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v225(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v277(v):
                return False
        return True
    def _e225(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n133, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v277(v):
                    yield from _e277(v, p + (i,), s + ('items',))
        return
        yield
    _v226 = _v214
    def _e226(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n134, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v227 = _v214
    def _e227(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n135, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v234 = _v50
    def _e234(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n136, 'const', p, x, s + ('const',), None)
        return
        yield
    def _v235(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t41.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e235(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n137, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c316 in x:
                v = x[_c316]
                if not _v278(v):
                    yield from _e278(v, p + (_c316,), s + ('properties', _c316))
        if t is dict:
            if any(k not in _c317 for k in x):
                yield (_n137, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v236(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t42.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e236(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n138, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c316 in x:
                v = x[_c316]
                if not _v279(v):
                    yield from _e279(v, p + (_c316,), s + ('properties', _c316))
        if t is dict:
            if any(k not in _c317 for k in x):
                yield (_n138, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v237 = _v194
    def _e237(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n139, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v13(v):
                    yield from _e13(v, p + (i,), s + ('items',))
        return
        yield
    def _v238(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c56:
            return False
        if x > _c320:
            return False
        return True
    def _e238(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n140, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c56:
            yield (_n140, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c320:
            yield (_n140, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v240(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v281(v):
                return False
        return True
    def _e240(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n141, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v281(v):
                    yield from _e281(v, p + (i,), s + ('items',))
        return
        yield
    def _v241(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t43.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v290(x), _v291(x), _v292(x)].count(True) != 1:
            return False
        return True
    def _e241(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n142, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c280 in x:
                v = x[_c280]
                if not _v282(v):
                    yield from _e282(v, p + (_c280,), s + ('properties', _c280))
            if _c281 in x:
                v = x[_c281]
                if not _v283(v):
                    yield from _e283(v, p + (_c281,), s + ('properties', _c281))
            if _c324 in x:
                v = x[_c324]
                if not _v284(v):
                    yield from _e284(v, p + (_c324,), s + ('properties', _c324))
            if _c282 in x:
                v = x[_c282]
                if not _v87(v):
                    yield from _e87(v, p + (_c282,), s + ('properties', _c282))
            if _c91 in x:
                v = x[_c91]
                if not _v87(v):
                    yield from _e87(v, p + (_c91,), s + ('properties', _c91))
            if _c283 in x:
                v = x[_c283]
                if not _v87(v):
                    yield from _e87(v, p + (_c283,), s + ('properties', _c283))
            if _c284 in x:
                v = x[_c284]
                if not _v83(v):
                    yield from _e83(v, p + (_c284,), s + ('properties', _c284))
            if _c285 in x:
                v = x[_c285]
                if not _v83(v):
                    yield from _e83(v, p + (_c285,), s + ('properties', _c285))
        if t is dict:
            if any(k not in _c325 for k in x):
                yield (_n142, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e290, 0), (_e291, 1), (_e292, 2),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n142, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v290, _v291, _v292,)[first + 1:]):
            yield (_n142, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    _v245 = _v29
    def _e245(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n143, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v246(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        for v in x:
            if not _v293(v):
                return False
        return True
    def _e246(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n144, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v293(v):
                    yield from _e293(v, p + (i,), s + ('items',))
        if t is list and len(x) < 1:
            yield (_n144, 'minItems', p, x, s + ('minItems',), None)
        return
        yield
    def _v247(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c260 not in x:
                return False
            if _c140 not in x:
                return False
        return True
    def _e247(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c260 not in x:
                yield (_n145, 'required', p, x, s + ('required',), None)
            if _c140 not in x:
                yield (_n145, 'required', p, x, s + ('required',), None)
        return
        yield
    _v248 = _v116
    def _e248(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n146, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v253(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c330.search(x):
            return False
        return True
    def _e253(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n147, 'type', p, x, s + ('type',), None)
        if t is str and not _c330.search(x):
            yield (_n147, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v255(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v294(v):
                return False
        return True
    def _e255(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n148, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v294(v):
                    yield from _e294(v, p + (i,), s + ('items',))
        return
        yield
    def _v256(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c333):
            return False
        return True
    def _e256(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c333):
            yield (_n149, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v257(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c273 not in x:
                return False
        return True
    def _e257(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c273 not in x:
                yield (_n150, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v258(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c274 not in x:
                return False
        return True
    def _e258(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c274 not in x:
                yield (_n151, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v260(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c337 not in x:
            return False
        if _c338 not in x:
            return False
        for k, v in x.items():
            f = _t44.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e260(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n152, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c337 not in x:
                yield (_n152, 'required', p, x, s + ('required',), None)
            if _c338 not in x:
                yield (_n152, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c337 in x:
                v = x[_c337]
                if not _v295(v):
                    yield from _e295(v, p + (_c337,), s + ('properties', _c337))
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
            if _c340 in x:
                v = x[_c340]
                if not _v298(v):
                    yield from _e298(v, p + (_c340,), s + ('properties', _c340))
            if _c66 in x:
                v = x[_c66]
                if not _v299(v):
                    yield from _e299(v, p + (_c66,), s + ('properties', _c66))
            if _c341 in x:
                v = x[_c341]
                if not _v300(v):
                    yield from _e300(v, p + (_c341,), s + ('properties', _c341))
        if t is dict:
            if any(k not in _c342 for k in x):
                yield (_n152, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v261(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c338 not in x:
            return False
        for k, v in x.items():
            f = _t45.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e261(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n153, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c338 not in x:
                yield (_n153, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
        if t is dict:
            if any(k not in _c344 for k in x):
                yield (_n153, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v267(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c280 not in x:
                return False
        return True
    def _e267(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c280 not in x:
                yield (_n154, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v268(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c281 not in x:
                return False
        return True
    def _e268(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c281 not in x:
                yield (_n155, 'required', p, x, s + ('required',), None)
        return
        yield
    _v269 = _v214
    def _e269(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n156, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v270(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v302(v):
                return False
        return True
    def _e270(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n157, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v302(v):
                    yield from _e302(v, p + (i,), s + ('items',))
        return
        yield
    def _v271(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v303(v):
                return False
        return True
    def _e271(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n158, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v303(v):
                    yield from _e303(v, p + (i,), s + ('items',))
        return
        yield
    def _v272(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v304(v):
                return False
        return True
    def _e272(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n159, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v304(v):
                    yield from _e304(v, p + (i,), s + ('items',))
        return
        yield
    def _v273(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c351):
            return False
        return True
    def _e273(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c351):
            yield (_n160, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v274(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c353.search(x):
            return False
        return True
    def _e274(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n161, 'type', p, x, s + ('type',), None)
        if t is str and not _c353.search(x):
            yield (_n161, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v276(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c287 not in x:
            return False
        for k, v in x.items():
            f = _t46.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e276(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n162, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c287 not in x:
                yield (_n162, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c287 in x:
                v = x[_c287]
                if not _v305(v):
                    yield from _e305(v, p + (_c287,), s + ('properties', _c287))
            if _c290 in x:
                v = x[_c290]
                if not _v306(v):
                    yield from _e306(v, p + (_c290,), s + ('properties', _c290))
        if t is dict:
            if any(k not in _c356 for k in x):
                yield (_n162, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v277(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t47.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if _v312(x):
            return False
        return True
    def _e277(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n163, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n163, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v307(v):
                    yield from _e307(v, p + (_c0,), s + ('properties', _c0))
            if _c358 in x:
                v = x[_c358]
                if not _v186(v):
                    yield from _e186(v, p + (_c358,), s + ('properties', _c358))
            if _c359 in x:
                v = x[_c359]
                if not _v309(v):
                    yield from _e309(v, p + (_c359,), s + ('properties', _c359))
            if _c222 in x:
                v = x[_c222]
                if not _v219(v):
                    yield from _e219(v, p + (_c222,), s + ('properties', _c222))
            if _c223 in x:
                v = x[_c223]
                if not _v221(v):
                    yield from _e221(v, p + (_c223,), s + ('properties', _c223))
        if t is dict:
            if any(k not in _c360 for k in x):
                yield (_n163, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if _v312(x):
            yield (_n163, 'not', p, x, s + ('not',), None)
        return
        yield
    _v278 = _v50
    def _e278(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n164, 'const', p, x, s + ('const',), None)
        return
        yield
    _v279 = _v50
    def _e279(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(x, _c109):
            yield (_n165, 'const', p, x, s + ('const',), None)
        return
        yield
    _v281 = _v43
    def _e281(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n166, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n166, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v282(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c337 not in x:
            return False
        if _c338 not in x:
            return False
        for k, v in x.items():
            f = _t48.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e282(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n167, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c337 not in x:
                yield (_n167, 'required', p, x, s + ('required',), None)
            if _c338 not in x:
                yield (_n167, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c337 in x:
                v = x[_c337]
                if not _v313(v):
                    yield from _e313(v, p + (_c337,), s + ('properties', _c337))
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
            if _c340 in x:
                v = x[_c340]
                if not _v315(v):
                    yield from _e315(v, p + (_c340,), s + ('properties', _c340))
            if _c66 in x:
                v = x[_c66]
                if not _v316(v):
                    yield from _e316(v, p + (_c66,), s + ('properties', _c66))
            if _c341 in x:
                v = x[_c341]
                if not _v317(v):
                    yield from _e317(v, p + (_c341,), s + ('properties', _c341))
        if t is dict:
            if any(k not in _c342 for k in x):
                yield (_n167, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v283(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c338 not in x:
            return False
        for k, v in x.items():
            f = _t49.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e283(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n168, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c338 not in x:
                yield (_n168, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
        if t is dict:
            if any(k not in _c344 for k in x):
                yield (_n168, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v284(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c140 not in x:
            return False
        for k, v in x.items():
            f = _t50.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e284(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n169, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c140 not in x:
                yield (_n169, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c140 in x:
                v = x[_c140]
                if not _v319(v):
                    yield from _e319(v, p + (_c140,), s + ('properties', _c140))
        if t is dict:
            if any(k not in _c367 for k in x):
                yield (_n169, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v290 = _v267
    def _e290(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c280 not in x:
                yield (_n170, 'required', p, x, s + ('required',), None)
        return
        yield
    _v291 = _v268
    def _e291(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c281 not in x:
                yield (_n171, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v292(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c324 not in x:
                return False
        return True
    def _e292(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c324 not in x:
                yield (_n172, 'required', p, x, s + ('required',), None)
        return
        yield
    _v293 = _v116
    def _e293(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n173, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v294(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t51.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e294(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n174, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n174, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v320(v):
                    yield from _e320(v, p + (_c0,), s + ('properties', _c0))
            if _c273 in x:
                v = x[_c273]
                if not _v253(v):
                    yield from _e253(v, p + (_c273,), s + ('properties', _c273))
        if t is dict:
            if any(k not in _c373 for k in x):
                yield (_n174, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v295 = _v43
    def _e295(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n175, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n175, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v296(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c375:
            return False
        if x > _c167:
            return False
        return True
    def _e296(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n176, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c375:
            yield (_n176, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c167:
            yield (_n176, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v298(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c377):
            return False
        return True
    def _e298(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c377):
            yield (_n177, 'enum', p, x, s + ('enum',), None)
        return
        yield
    _v299 = _v43
    def _e299(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n178, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n178, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v300(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t52.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v322(v): return False
        return True
    def _e300(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n179, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c15:
                    if not _v322(v):
                        yield from _e322(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v302(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c289 not in x:
            return False
        for k, v in x.items():
            f = _t53.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e302(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n180, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n180, 'required', p, x, s + ('required',), None)
            if _c289 not in x:
                yield (_n180, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v323(v):
                    yield from _e323(v, p + (_c0,), s + ('properties', _c0))
            if _c289 in x:
                v = x[_c289]
                if not _v324(v):
                    yield from _e324(v, p + (_c289,), s + ('properties', _c289))
        if t is dict:
            if any(k not in _c382 for k in x):
                yield (_n180, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v303(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c383 not in x:
            return False
        if _c338 not in x:
            return False
        if _c384 not in x:
            return False
        if _c385 not in x:
            return False
        for k, v in x.items():
            f = _t54.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e303(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n181, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n181, 'required', p, x, s + ('required',), None)
            if _c383 not in x:
                yield (_n181, 'required', p, x, s + ('required',), None)
            if _c338 not in x:
                yield (_n181, 'required', p, x, s + ('required',), None)
            if _c384 not in x:
                yield (_n181, 'required', p, x, s + ('required',), None)
            if _c385 not in x:
                yield (_n181, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v325(v):
                    yield from _e325(v, p + (_c0,), s + ('properties', _c0))
            if _c383 in x:
                v = x[_c383]
                if not _v326(v):
                    yield from _e326(v, p + (_c383,), s + ('properties', _c383))
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
            if _c384 in x:
                v = x[_c384]
                if not _v71(v):
                    yield from _e71(v, p + (_c384,), s + ('properties', _c384))
            if _c385 in x:
                v = x[_c385]
                if not _v71(v):
                    yield from _e71(v, p + (_c385,), s + ('properties', _c385))
        if t is dict:
            if any(k not in _c387 for k in x):
                yield (_n181, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v304(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c388 not in x:
            return False
        if _c389 not in x:
            return False
        if _c390 not in x:
            return False
        if _c1 not in x:
            return False
        if _c391 not in x:
            return False
        if _c392 not in x:
            return False
        for k, v in x.items():
            f = _t55.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e304(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n182, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c388 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c389 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c390 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c391 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
            if _c392 not in x:
                yield (_n182, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v186(v):
                    yield from _e186(v, p + (_c0,), s + ('properties', _c0))
            if _c388 in x:
                v = x[_c388]
                if not _v71(v):
                    yield from _e71(v, p + (_c388,), s + ('properties', _c388))
            if _c389 in x:
                v = x[_c389]
                if not _v71(v):
                    yield from _e71(v, p + (_c389,), s + ('properties', _c389))
            if _c390 in x:
                v = x[_c390]
                if not _v333(v):
                    yield from _e333(v, p + (_c390,), s + ('properties', _c390))
            if _c1 in x:
                v = x[_c1]
                if not _v334(v):
                    yield from _e334(v, p + (_c1,), s + ('properties', _c1))
            if _c391 in x:
                v = x[_c391]
                if not _v186(v):
                    yield from _e186(v, p + (_c391,), s + ('properties', _c391))
            if _c392 in x:
                v = x[_c392]
                if not _v186(v):
                    yield from _e186(v, p + (_c392,), s + ('properties', _c392))
        if t is dict:
            if any(k not in _c394 for k in x):
                yield (_n182, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v305 = _v214
    def _e305(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n183, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v306(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v337(v):
                return False
        return True
    def _e306(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n184, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v337(v):
                    yield from _e337(v, p + (i,), s + ('items',))
        return
        yield
    _v307 = _v43
    def _e307(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n185, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n185, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v309 = _v116
    def _e309(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n186, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v312(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c358 not in x:
                return False
            if _c359 not in x:
                return False
        return True
    def _e312(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c358 not in x:
                yield (_n187, 'required', p, x, s + ('required',), None)
            if _c359 not in x:
                yield (_n187, 'required', p, x, s + ('required',), None)
        return
        yield
    _v313 = _v43
    def _e313(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n188, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n188, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v315 = _v298
    def _e315(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c377):
            yield (_n189, 'enum', p, x, s + ('enum',), None)
        return
        yield
    _v316 = _v43
    def _e316(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n190, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n190, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v317(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t56.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v338(v): return False
        return True
    def _e317(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n191, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c15:
                    if not _v338(v):
                        yield from _e338(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v319(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        for v in x:
            if not _v339(v):
                return False
        return True
    def _e319(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n192, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v339(v):
                    yield from _e339(v, p + (i,), s + ('items',))
        if t is list and len(x) < 1:
            yield (_n192, 'minItems', p, x, s + ('minItems',), None)
        return
        yield
    _v320 = _v43
    def _e320(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n193, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n193, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v322 = _v116
    def _e322(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n194, 'type', p, x, s + ('type',), None)
        return
        yield
    _v323 = _v214
    def _e323(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n195, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v324 = _v214
    def _e324(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n196, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v325 = _v116
    def _e325(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n197, 'type', p, x, s + ('type',), None)
        return
        yield
    _v326 = _v214
    def _e326(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _v186(x):
            yield from _e186(x, p, s)
        if t is str and len(x) < 1:
            yield (_n198, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v333(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) > 255:
            return False
        if not _c411.search(x):
            return False
        return True
    def _e333(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n199, 'type', p, x, s + ('type',), None)
        if t is str and not _c411.search(x):
            yield (_n199, 'pattern', p, x, s + ('pattern',), None)
        if t is str and len(x) > 255:
            yield (_n199, 'maxLength', p, x, s + ('maxLength',), None)
        return
        yield
    def _v334(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) > 255:
            return False
        if not _c413.search(x):
            return False
        return True
    def _e334(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n200, 'type', p, x, s + ('type',), None)
        if t is str and not _c413.search(x):
            yield (_n200, 'pattern', p, x, s + ('pattern',), None)
        if t is str and len(x) > 255:
            yield (_n200, 'maxLength', p, x, s + ('maxLength',), None)
        return
        yield
    def _v337(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c338 not in x:
            return False
        if _c384 not in x:
            return False
        for k, v in x.items():
            f = _t57.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e337(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n201, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n201, 'required', p, x, s + ('required',), None)
            if _c338 not in x:
                yield (_n201, 'required', p, x, s + ('required',), None)
            if _c384 not in x:
                yield (_n201, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v340(v):
                    yield from _e340(v, p + (_c0,), s + ('properties', _c0))
            if _c338 in x:
                v = x[_c338]
                if not _v296(v):
                    yield from _e296(v, p + (_c338,), s + ('properties', _c338))
            if _c384 in x:
                v = x[_c384]
                if not _v71(v):
                    yield from _e71(v, p + (_c384,), s + ('properties', _c384))
        if t is dict:
            if any(k not in _c416 for k in x):
                yield (_n201, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v338 = _v116
    def _e338(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n202, 'type', p, x, s + ('type',), None)
        return
        yield
    _v339 = _v116
    def _e339(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n203, 'type', p, x, s + ('type',), None)
        return
        yield
    _v340 = _v116
    def _e340(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n204, 'type', p, x, s + ('type',), None)
        return
        yield
    _t0 = {'name': _v1, 'version': _v3, 'labels': _v5, 'network': _v7, 'on-mutable-variable-change': _v8, 'resources': _v9, 'services': _v10, 'upgrade-from': _v11}
    _t1 = {}
    _t2 = {'shared-application-network': _v1}
    _t3 = {'network': _v16}
    _t4 = {'downstream-bandwidth-per-host': _v22, 'upstream-bandwidth-per-host': _v22}
    _t5 = {'name': _v1, 'mode': _v26, 'replicas': _v27, 'share-pid-namespace': _v29, 'placement': _v30, 'network': _v31, 'variables': _v32, 'volumes': _v33, 'containers': _v34, 'init-containers': _v35, 'vm': _v36, 'delayed-shutdown': _v38, 'site-dns-records': _v39}
    _t6 = {'version-regexp': _v43, 'method': _v44, 'services': _v45}
    _t7 = {'match-host-labels': _v46, 'preferred-affinity': _v48, 'preferred-anti-affinity': _v49}
    _t8 = {'host': _v50, 'outbound-access': _v51, 'ingress-ip-per-instance': _v53}
    _t9 = {'name': _v1, 'container-image': _v65, 'cloud-init': _v66, 'container-env': _v67, 'cpus': _v69, 'cpu-shares': _v71, 'memory': _v73, 'mounts': _v75, 'devices': _v76, 'additional-capabilities': _v78, 'container-log-size': _v80, 'container-log-archive': _v82, 'container-log-archive-days': _v83, 'container-log-max-days': _v83, 'probes': _v86, 'shutdown-timeout': _v87}
    _t10 = {'timeout': _v87, 'max-number-of-instances': _v90}
    _t11 = {'domains': _v92}
    _t12 = {'services': _v94}
    _t13 = {'services': _v95}
    _t14 = {'allow-all': _v96, 'deny-all': _v97, 'default-action': _v98, 'rules': _v100}
    _t15 = {'protocols': _v106, 'inbound-access': _v51, 'access': _v51, 'match-interface-labels': _v46, 'match-ipv4-range-labels': _v46, 'dns-records': _v111}
    _t16 = {'name': _v114, 'value': _v116, 'value-from-vault-secret': _v117}
    _t17 = {'name': _v1, 'ephemeral-volume': _v121, 'persistent-volume': _v121, 'system-volume': _v124, 'config-map': _v125, 'vault-secret': _v126}
    _t18 = {'name': _v1, 'image': _v133, 'cmd': _v134, 'entrypoint': _v135, 'env': _v67, 'mounts': _v137, 'cpus': _v69, 'cpu-shares': _v71, 'memory': _v73, 'container-layer-size': _v73, 'container-log-size': _v80, 'container-log-archive': _v143, 'container-log-archive-days': _v83, 'container-log-max-days': _v83, 'shutdown-timeout': _v87, 'user': _v147, 'no-builtin-init': _v149, 'user-namespace': _v150, 'additional-capabilities': _v78, 'security': _v153, 'devices': _v76, 'gpu': _v156, 'approle': _v158, 'probes': _v159, 'on-mounted-file-change': _v160, 'delayed-shutdown-cmd': _v161}
    _t19 = {'name': _v1, 'image': _v163, 'cmd': _v164, 'entrypoint': _v165, 'env': _v67, 'mounts': _v167, 'cpus': _v69, 'cpu-shares': _v71, 'memory': _v73, 'container-layer-size': _v73, 'container-log-size': _v80, 'container-log-archive': _v173, 'container-log-archive-days': _v83, 'container-log-max-days': _v83, 'shutdown-timeout': _v87, 'user': _v147, 'no-builtin-init': _v178, 'user-namespace': _v150, 'additional-capabilities': _v78, 'security': _v153, 'devices': _v76, 'gpu': _v156, 'approle': _v184, 'execution-timeout': _v87}
    _t20 = {'user-data': _v186, 'meta-data': _v186, 'vendor-data': _v186, 'network-config': _v186}
    _t21 = {}
    _t22 = {'device-labels': _v194}
    _t23 = {'startup': _v196, 'readiness': _v196, 'liveness': _v196}
    _t24 = {'name': _v1, 'instances-in-parallel': _v83, 'healthy-time': _v87}
    _t25 = {}
    _t26 = {'domains': _v213}
    _t27 = {'vault': _v214, 'secret': _v215, 'key': _v216, 'from-tenant': _v1}
    _t28 = {'size': _v73, 'file-mode': _v219, 'file-ownership': _v221, 'match-volume-labels': _v46}
    _t29 = {'reference': _v1}
    _t30 = {'items': _v225}
    _t31 = {'vault': _v226, 'secret': _v227, 'file-mode': _v219, 'file-ownership': _v221, 'from-tenant': _v1}
    _t32 = {'host': _v234}
    _t33 = {'apparmor': _v235, 'selinux': _v236}
    _t34 = {'labels': _v237, 'number-gpus': _v238, 'gpu-patterns': _v240}
    _t35 = {'startup': _v241, 'readiness': _v241, 'liveness': _v241}
    _t36 = {'restart': _v245, 'cmd': _v246}
    _t37 = {'volume-name': _v1, 'mount-path': _v253, 'files': _v255, 'mode': _v256}
    _t38 = {'http': _v260, 'tcp': _v261, 'initial-delay': _v87, 'timeout': _v87, 'period': _v87, 'success-threshold': _v83, 'failure-threshold': _v83}
    _t39 = {'domain': _v269, 'cname': _v270, 'srv': _v271, 'naptr': _v272}
    _t40 = {'name': _v273, 'port-ranges': _v274}
    _t41 = {'disabled': _v278}
    _t42 = {'disabled': _v279}
    _t43 = {'http': _v282, 'tcp': _v283, 'exec': _v284, 'initial-delay': _v87, 'timeout': _v87, 'period': _v87, 'success-threshold': _v83, 'failure-threshold': _v83}
    _t44 = {'path': _v295, 'port': _v296, 'scheme': _v298, 'host': _v299, 'request-headers': _v300}
    _t45 = {'port': _v296}
    _t46 = {'domain': _v305, 'srv': _v306}
    _t47 = {'name': _v307, 'data': _v186, 'data-verbatim': _v309, 'file-mode': _v219, 'file-ownership': _v221}
    _t48 = {'path': _v313, 'port': _v296, 'scheme': _v315, 'host': _v316, 'request-headers': _v317}
    _t49 = {'port': _v296}
    _t50 = {'cmd': _v319}
    _t51 = {'name': _v320, 'mount-path': _v253}
    _t52 = {}
    _t53 = {'name': _v323, 'cname': _v324}
    _t54 = {'name': _v325, 'target': _v326, 'port': _v296, 'priority': _v71, 'weight': _v71}
    _t55 = {'name': _v186, 'order': _v71, 'preference': _v71, 'flags': _v333, 'services': _v334, 'regexp': _v186, 'replacement': _v186}
    _t56 = {}
    _t57 = {'name': _v340, 'port': _v296, 'priority': _v71}
    return _e0

def _build_4():  # approle.schema.json
    _c0 = 'name'
    _n0 = ('approle.schema.json', '')
    _c2 = 'fixed-role-id'
    _c3 = 'bind-secret-id'
    _c4 = 'weak-secret-id'
    _c5 = 'secret-id-bound-cidrs'
    _c6 = 'secret-id-num-uses'
    _c7 = 'secret-id-ttl'
    _c8 = 'token-ttl'
    _c9 = 'token-max-ttl'
    _c10 = 'token-policies'
    _c11 = 'token-auto-bound-cidrs'
    _c12 = 'token-bound-cidrs'
    _c13 = 'token-explicit-max-ttl'
    _c14 = 'token-no-default-policy'
    _c15 = 'token-num-uses'
    _c16 = 'token-period'
    _c17 = 'token-type'
    _c18 = 'token-renewable'
    _c19 = 'distribute'
    _c20 = frozenset(['bind-secret-id', 'distribute', 'fixed-role-id', 'name', 'secret-id-bound-cidrs', 'secret-id-num-uses', 'secret-id-ttl', 'token-auto-bound-cidrs', 'token-bound-cidrs', 'token-explicit-max-ttl', 'token-max-ttl', 'token-no-default-policy', 'token-num-uses', 'token-period', 'token-policies', 'token-renewable', 'token-ttl', 'token-type', 'weak-secret-id'])
    _c21 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _n2 = ('approle.schema.json', '/properties/fixed-role-id')
    _n3 = ('approle.schema.json', '/properties/bind-secret-id')
    _n4 = ('approle.schema.json', '/properties/weak-secret-id')
    _n5 = ('approle.schema.json', '/properties/secret-id-bound-cidrs')
    _c27 = 0
    _c28 = 4294967295
    _n6 = ('common.schema.json', '/$defs/uint32')
    _c30 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n7 = ('common.schema.json', '/$defs/duration')
    _n8 = ('approle.schema.json', '/properties/token-policies')
    _n9 = ('approle.schema.json', '/properties/token-auto-bound-cidrs')
    _n10 = ('approle.schema.json', '/properties/token-bound-cidrs')
    _n11 = ('approle.schema.json', '/properties/token-no-default-policy')
    _n12 = ('approle.schema.json', '/properties/token-type')
    _n13 = ('approle.schema.json', '/properties/token-renewable')
    _n14 = ('common.schema.json', '/$defs/distribute')
    _c39 = 'to'
    _c40 = 'sites'
    _c41 = 'deployments'
    _c42 = frozenset(['deployments', 'sites', 'to'])
    _n15 = ('approle.schema.json', '/properties/secret-id-bound-cidrs/items')
    _n16 = ('approle.schema.json', '/properties/token-policies/items')
    _n17 = ('approle.schema.json', '/properties/token-bound-cidrs/items')
    _n18 = ('common.schema.json', '/$defs/distribute/properties/to')
    _n19 = ('common.schema.json', '/$defs/distribute/properties/sites')
    _n20 = ('common.schema.json', '/$defs/distribute/properties/deployments')
    _n21 = ('common.schema.json', '/$defs/distribute/oneOf/0')
    _n22 = ('common.schema.json', '/$defs/distribute/oneOf/1')
    _n23 = ('common.schema.json', '/$defs/distribute/oneOf/2')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v3(v):
                    yield from _e3(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v4(v):
                    yield from _e4(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v6(v):
                    yield from _e6(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v7(v):
                    yield from _e7(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v9(v):
                    yield from _e9(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v9(v):
                    yield from _e9(v, p + (_c8,), s + ('properties', _c8))
            if _c9 in x:
                v = x[_c9]
                if not _v9(v):
                    yield from _e9(v, p + (_c9,), s + ('properties', _c9))
            if _c10 in x:
                v = x[_c10]
                if not _v13(v):
                    yield from _e13(v, p + (_c10,), s + ('properties', _c10))
            if _c11 in x:
                v = x[_c11]
                if not _v14(v):
                    yield from _e14(v, p + (_c11,), s + ('properties', _c11))
            if _c12 in x:
                v = x[_c12]
                if not _v15(v):
                    yield from _e15(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v9(v):
                    yield from _e9(v, p + (_c13,), s + ('properties', _c13))
            if _c14 in x:
                v = x[_c14]
                if not _v17(v):
                    yield from _e17(v, p + (_c14,), s + ('properties', _c14))
            if _c15 in x:
                v = x[_c15]
                if not _v7(v):
                    yield from _e7(v, p + (_c15,), s + ('properties', _c15))
            if _c16 in x:
                v = x[_c16]
                if not _v9(v):
                    yield from _e9(v, p + (_c16,), s + ('properties', _c16))
            if _c17 in x:
                v = x[_c17]
                if not _v20(v):
                    yield from _e20(v, p + (_c17,), s + ('properties', _c17))
            if _c18 in x:
                v = x[_c18]
                if not _v21(v):
                    yield from _e21(v, p + (_c18,), s + ('properties', _c18))
            if _c19 in x:
                v = x[_c19]
                if not _v22(v):
                    yield from _e22(v, p + (_c19,), s + ('properties', _c19))
        if t is dict:
            if any(k not in _c20 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c21.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c21.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n2, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n3, 'type', p, x, s + ('type',), None)
        return
        yield
    _v5 = _v4
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n4, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v24(v):
                return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v24(v):
                    yield from _e24(v, p + (i,), s + ('items',))
        return
        yield
    def _v7(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c27:
            return False
        if x > _c28:
            return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c27:
            yield (_n6, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c28:
            yield (_n6, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v9(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c30.search(x):
            return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is str and not _c30.search(x):
            yield (_n7, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v13(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v25(v):
                return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v25(v):
                    yield from _e25(v, p + (i,), s + ('items',))
        return
        yield
    _v14 = _v3
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n9, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v15(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v26(v):
                return False
        return True
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v26(v):
                    yield from _e26(v, p + (i,), s + ('items',))
        return
        yield
    _v17 = _v4
    def _e17(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n11, 'type', p, x, s + ('type',), None)
        return
        yield
    _v20 = _v3
    def _e20(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n12, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v21 = _v4
    def _e21(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n13, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v22(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v30(x), _v31(x), _v32(x)].count(True) != 1:
            return False
        return True
    def _e22(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c39 in x:
                v = x[_c39]
                if not _v27(v):
                    yield from _e27(v, p + (_c39,), s + ('properties', _c39))
            if _c40 in x:
                v = x[_c40]
                if not _v28(v):
                    yield from _e28(v, p + (_c40,), s + ('properties', _c40))
            if _c41 in x:
                v = x[_c41]
                if not _v29(v):
                    yield from _e29(v, p + (_c41,), s + ('properties', _c41))
        if t is dict:
            if any(k not in _c42 for k in x):
                yield (_n14, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e30, 0), (_e31, 1), (_e32, 2),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n14, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v30, _v31, _v32,)[first + 1:]):
            yield (_n14, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    _v24 = _v3
    def _e24(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n15, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v25 = _v3
    def _e25(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n16, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n16, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v26 = _v3
    def _e26(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n17, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n17, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v27 = _v3
    def _e27(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n18, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n18, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v28(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v1(v):
                return False
        return True
    def _e28(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n19, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v1(v):
                    yield from _e1(v, p + (i,), s + ('items',))
        return
        yield
    _v29 = _v28
    def _e29(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n20, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v1(v):
                    yield from _e1(v, p + (i,), s + ('items',))
        return
        yield
    def _v30(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c39 not in x:
                return False
        return True
    def _e30(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c39 not in x:
                yield (_n21, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v31(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c40 not in x:
                return False
        return True
    def _e31(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c40 not in x:
                yield (_n22, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v32(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c41 not in x:
                return False
        return True
    def _e32(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c41 not in x:
                yield (_n23, 'required', p, x, s + ('required',), None)
        return
        yield
    _t0 = {'name': _v1, 'fixed-role-id': _v3, 'bind-secret-id': _v4, 'weak-secret-id': _v5, 'secret-id-bound-cidrs': _v6, 'secret-id-num-uses': _v7, 'secret-id-ttl': _v9, 'token-ttl': _v9, 'token-max-ttl': _v9, 'token-policies': _v13, 'token-auto-bound-cidrs': _v14, 'token-bound-cidrs': _v15, 'token-explicit-max-ttl': _v9, 'token-no-default-policy': _v17, 'token-num-uses': _v7, 'token-period': _v9, 'token-type': _v20, 'token-renewable': _v21, 'distribute': _v22}
    _t1 = {'to': _v27, 'sites': _v28, 'deployments': _v29}
    return _e0

def _build_5():  # common.schema.json
    _n0 = ('common.schema.json', '')
    def _v0(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return
        yield
    return _e0

def _build_6():  # config.schema.json
    _n0 = ('config.schema.json', '')
    _c1 = frozenset(['cache', 'exclude', 'external', 'fail-on', 'ignore', 'include', 'include-scripts', 'inline-suppressions', 'kinds', 'limits', 'per-file-ignores', 'rules', 'select', 'severity'])
    _c2 = 'include'
    _c3 = 'exclude'
    _c4 = 'select'
    _c5 = 'ignore'
    _c6 = 'severity'
    _c7 = 'fail-on'
    _c8 = 'per-file-ignores'
    _c9 = 'rules'
    _c10 = 'kinds'
    _c11 = 'external'
    _c12 = 'limits'
    _c13 = 'inline-suppressions'
    _c14 = 'include-scripts'
    _c15 = 'cache'
    _n1 = ('config.schema.json', '/$defs/globs')
    _n2 = ('config.schema.json', '/$defs/selectors')
    _n3 = ('config.schema.json', '/properties/severity')
    _c19 = frozenset([])
    _c20 = frozenset(['error', 'info', 'warning'])
    _n4 = ('config.schema.json', '/$defs/severity')
    _n5 = ('config.schema.json', '/properties/per-file-ignores')
    _n6 = ('config.schema.json', '/properties/rules')
    _n7 = ('config.schema.json', '/properties/kinds')
    _n8 = ('config.schema.json', '/properties/external')
    _c26 = frozenset(['applications', 'registries', 'secrets', 'vaults'])
    _c27 = 'vaults'
    _c28 = 'secrets'
    _c29 = 'registries'
    _c30 = 'applications'
    _n9 = ('config.schema.json', '/properties/limits')
    _c32 = frozenset(['alias-expansion-factor', 'max-aliases', 'max-depth', 'max-documents', 'max-events', 'max-file-size', 'max-findings-per-file', 'max-key-length', 'max-scalar-length'])
    _c33 = 'max-file-size'
    _c34 = 'max-depth'
    _c35 = 'max-documents'
    _c36 = 'max-events'
    _c37 = 'max-aliases'
    _c38 = 'alias-expansion-factor'
    _c39 = 'max-scalar-length'
    _c40 = 'max-key-length'
    _c41 = 'max-findings-per-file'
    _n10 = ('config.schema.json', '/properties/inline-suppressions')
    _n11 = ('config.schema.json', '/properties/include-scripts')
    _n12 = ('config.schema.json', '/properties/cache')
    _n13 = ('config.schema.json', '/$defs/globs/items')
    _c46 = re.compile('^([A-Za-z]{3}([0-9]{1,3})?|[a-z][a-z0-9]*(-[a-z0-9]+)*)$', 32)
    _n14 = ('config.schema.json', '/$defs/selectors/items')
    _c48 = re.compile('^([A-Z]{3}[0-9]{3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$', 32)
    _n15 = ('config.schema.json', '/properties/severity/propertyNames')
    _n16 = ('config.schema.json', '/properties/rules/additionalProperties')
    _c51 = 'kind'
    _n17 = ('config.schema.json', '/properties/kinds/additionalProperties')
    _c53 = frozenset(['kind', 'vault'])
    _c54 = 'vault'
    _n18 = ('config.schema.json', '/$defs/names')
    _n19 = ('config.schema.json', '/properties/external/properties/secrets')
    _c57 = 1
    _n20 = ('config.schema.json', '/properties/limits/properties/max-file-size')
    _c59 = 2
    _c60 = 500
    _n21 = ('config.schema.json', '/properties/limits/properties/max-depth')
    _n22 = ('config.schema.json', '/properties/limits/properties/max-documents')
    _c63 = 10
    _n23 = ('config.schema.json', '/properties/limits/properties/max-events')
    _c65 = 0
    _n24 = ('config.schema.json', '/properties/limits/properties/max-aliases')
    _n25 = ('config.schema.json', '/properties/limits/properties/alias-expansion-factor')
    _n26 = ('config.schema.json', '/properties/limits/properties/max-scalar-length')
    _n27 = ('config.schema.json', '/properties/limits/properties/max-key-length')
    _n28 = ('config.schema.json', '/properties/limits/properties/max-findings-per-file')
    _c71 = frozenset(['application', 'application-deployment', 'image-registry-settings', 'remote-registry', 'secret', 'vault'])
    _n29 = ('config.schema.json', '/properties/kinds/additionalProperties/properties/kind')
    _n30 = ('config.schema.json', '/properties/kinds/additionalProperties/properties/vault')
    _n31 = ('config.schema.json', '/$defs/names/items')
    _c75 = re.compile('^[^/]+/[^/]+$', 32)
    _n32 = ('config.schema.json', '/properties/external/properties/secrets/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if any(k not in _c1 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if t is dict:
            if _c2 in x:
                v = x[_c2]
                if not _v1(v):
                    yield from _e1(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v1(v):
                    yield from _e1(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v4(v):
                    yield from _e4(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v7(v):
                    yield from _e7(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v8(v):
                    yield from _e8(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v10(v):
                    yield from _e10(v, p + (_c8,), s + ('properties', _c8))
            if _c9 in x:
                v = x[_c9]
                if not _v11(v):
                    yield from _e11(v, p + (_c9,), s + ('properties', _c9))
            if _c10 in x:
                v = x[_c10]
                if not _v12(v):
                    yield from _e12(v, p + (_c10,), s + ('properties', _c10))
            if _c11 in x:
                v = x[_c11]
                if not _v13(v):
                    yield from _e13(v, p + (_c11,), s + ('properties', _c11))
            if _c12 in x:
                v = x[_c12]
                if not _v14(v):
                    yield from _e14(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v15(v):
                    yield from _e15(v, p + (_c13,), s + ('properties', _c13))
            if _c14 in x:
                v = x[_c14]
                if not _v16(v):
                    yield from _e16(v, p + (_c14,), s + ('properties', _c14))
            if _c15 in x:
                v = x[_c15]
                if not _v17(v):
                    yield from _e17(v, p + (_c15,), s + ('properties', _c15))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v18(v):
                return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v18(v):
                    yield from _e18(v, p + (i,), s + ('items',))
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v19(v):
                return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v19(v):
                    yield from _e19(v, p + (i,), s + ('items',))
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v8(v): return False
        for k in x:
            if not _v21(k):
                return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k in x:
                if not _v21(k):
                    yield from _e21(k, p, s + ('propertyNames',))
        if t is dict:
            for k, v in x.items():
                if k not in _c19:
                    if not _v8(v):
                        yield from _e8(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v8(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c20):
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c20):
            yield (_n4, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v4(v): return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c19:
                    if not _v4(v):
                        yield from _e4(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v23(v): return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c19:
                    if not _v23(v):
                        yield from _e23(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v12(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t4.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v24(v): return False
        return True
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c19:
                    if not _v24(v):
                        yield from _e24(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v13(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t5.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is dict:
            if any(k not in _c26 for k in x):
                yield (_n8, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if t is dict:
            if _c27 in x:
                v = x[_c27]
                if not _v25(v):
                    yield from _e25(v, p + (_c27,), s + ('properties', _c27))
            if _c28 in x:
                v = x[_c28]
                if not _v27(v):
                    yield from _e27(v, p + (_c28,), s + ('properties', _c28))
            if _c29 in x:
                v = x[_c29]
                if not _v25(v):
                    yield from _e25(v, p + (_c29,), s + ('properties', _c29))
            if _c30 in x:
                v = x[_c30]
                if not _v25(v):
                    yield from _e25(v, p + (_c30,), s + ('properties', _c30))
        return
        yield
    def _v14(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t6.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is dict:
            if any(k not in _c32 for k in x):
                yield (_n9, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if t is dict:
            if _c33 in x:
                v = x[_c33]
                if not _v30(v):
                    yield from _e30(v, p + (_c33,), s + ('properties', _c33))
            if _c34 in x:
                v = x[_c34]
                if not _v31(v):
                    yield from _e31(v, p + (_c34,), s + ('properties', _c34))
            if _c35 in x:
                v = x[_c35]
                if not _v32(v):
                    yield from _e32(v, p + (_c35,), s + ('properties', _c35))
            if _c36 in x:
                v = x[_c36]
                if not _v33(v):
                    yield from _e33(v, p + (_c36,), s + ('properties', _c36))
            if _c37 in x:
                v = x[_c37]
                if not _v34(v):
                    yield from _e34(v, p + (_c37,), s + ('properties', _c37))
            if _c38 in x:
                v = x[_c38]
                if not _v35(v):
                    yield from _e35(v, p + (_c38,), s + ('properties', _c38))
            if _c39 in x:
                v = x[_c39]
                if not _v36(v):
                    yield from _e36(v, p + (_c39,), s + ('properties', _c39))
            if _c40 in x:
                v = x[_c40]
                if not _v37(v):
                    yield from _e37(v, p + (_c40,), s + ('properties', _c40))
            if _c41 in x:
                v = x[_c41]
                if not _v38(v):
                    yield from _e38(v, p + (_c41,), s + ('properties', _c41))
        return
        yield
    def _v15(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n10, 'type', p, x, s + ('type',), None)
        return
        yield
    _v16 = _v15
    def _e16(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n11, 'type', p, x, s + ('type',), None)
        return
        yield
    _v17 = _v15
    def _e17(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n12, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v18(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e18(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n13, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v19(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c46.search(x):
            return False
        return True
    def _e19(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is str and not _c46.search(x):
            yield (_n14, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v21(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str:
            if not _c48.search(x):
                return False
        return True
    def _e21(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str and not _c48.search(x):
            yield (_n15, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v23(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e23(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n16, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v24(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c51 not in x:
            return False
        for k, v in x.items():
            f = _t7.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e24(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n17, 'type', p, x, s + ('type',), None)
        if t is dict:
            if any(k not in _c53 for k in x):
                yield (_n17, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        if t is dict:
            if _c51 not in x:
                yield (_n17, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c51 in x:
                v = x[_c51]
                if not _v39(v):
                    yield from _e39(v, p + (_c51,), s + ('properties', _c51))
            if _c54 in x:
                v = x[_c54]
                if not _v40(v):
                    yield from _e40(v, p + (_c54,), s + ('properties', _c54))
        return
        yield
    def _v25(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v41(v):
                return False
        return True
    def _e25(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n18, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v41(v):
                    yield from _e41(v, p + (i,), s + ('items',))
        return
        yield
    def _v27(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v42(v):
                return False
        return True
    def _e27(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n19, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v42(v):
                    yield from _e42(v, p + (i,), s + ('items',))
        return
        yield
    def _v30(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c57:
            return False
        return True
    def _e30(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n20, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c57:
            yield (_n20, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v31(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c59:
            return False
        if x > _c60:
            return False
        return True
    def _e31(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n21, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c59:
            yield (_n21, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c60:
            yield (_n21, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    _v32 = _v30
    def _e32(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n22, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c57:
            yield (_n22, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v33(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c63:
            return False
        return True
    def _e33(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n23, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c63:
            yield (_n23, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v34(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c65:
            return False
        return True
    def _e34(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n24, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c65:
            yield (_n24, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    _v35 = _v30
    def _e35(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n25, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c57:
            yield (_n25, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    _v36 = _v30
    def _e36(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n26, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c57:
            yield (_n26, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    _v37 = _v30
    def _e37(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n27, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c57:
            yield (_n27, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    _v38 = _v34
    def _e38(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n28, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c65:
            yield (_n28, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v39(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c71):
            return False
        return True
    def _e39(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c71):
            yield (_n29, 'enum', p, x, s + ('enum',), None)
        return
        yield
    _v40 = _v18
    def _e40(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n30, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n30, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v41 = _v18
    def _e41(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n31, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n31, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v42(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c75.search(x):
            return False
        return True
    def _e42(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n32, 'type', p, x, s + ('type',), None)
        if t is str and not _c75.search(x):
            yield (_n32, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _t0 = {'include': _v1, 'exclude': _v1, 'select': _v4, 'ignore': _v4, 'severity': _v7, 'fail-on': _v8, 'per-file-ignores': _v10, 'rules': _v11, 'kinds': _v12, 'external': _v13, 'limits': _v14, 'inline-suppressions': _v15, 'include-scripts': _v16, 'cache': _v17}
    _t1 = {}
    _t2 = {}
    _t3 = {}
    _t4 = {}
    _t5 = {'vaults': _v25, 'secrets': _v27, 'registries': _v25, 'applications': _v25}
    _t6 = {'max-file-size': _v30, 'max-depth': _v31, 'max-documents': _v32, 'max-events': _v33, 'max-aliases': _v34, 'alias-expansion-factor': _v35, 'max-scalar-length': _v36, 'max-key-length': _v37, 'max-findings-per-file': _v38}
    _t7 = {'kind': _v39, 'vault': _v40}
    return _e0

def _build_7():  # image-registry-settings.schema.json
    _n0 = ('image-registry-settings.schema.json', '')
    _c1 = 'default-remote-registry'
    _c2 = frozenset(['default-remote-registry'])
    _n1 = ('image-registry-settings.schema.json', '/properties/default-remote-registry')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c1 in x:
                v = x[_c1]
                if not _v1(v):
                    yield from _e1(v, p + (_c1,), s + ('properties', _c1))
        if t is dict:
            if any(k not in _c2 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'default-remote-registry': _v1}
    return _e0

def _build_8():  # jwt-auth.schema.json
    _c0 = 'name'
    _n0 = ('jwt-auth.schema.json', '')
    _c2 = 'discovery-url'
    _c3 = 'jwks-ca-cert'
    _c4 = 'jwks-use-root-ca-certs'
    _c5 = 'jwks-server-name-indication'
    _c6 = 'jwks-tls-verify'
    _c7 = 'jwks-refresh-interval'
    _c8 = 'jwks-request-timeout'
    _c9 = 'jwks-cache-max-age'
    _c10 = 'allowed-algorithms'
    _c11 = 'allowed-clock-skew'
    _c12 = 'require-exp'
    _c13 = 'issuer'
    _c14 = 'verbose-logging'
    _c15 = 'distribute'
    _n1 = ('jwt-auth.schema.json', '/properties/name')
    _n2 = ('jwt-auth.schema.json', '/properties/discovery-url')
    _c18 = re.compile('-----BEGIN CERTIFICATE-----', 32)
    _n3 = ('jwt-auth.schema.json', '/properties/jwks-ca-cert')
    _n4 = ('jwt-auth.schema.json', '/properties/jwks-use-root-ca-certs')
    _n5 = ('jwt-auth.schema.json', '/properties/jwks-server-name-indication')
    _n6 = ('jwt-auth.schema.json', '/properties/jwks-tls-verify')
    _c23 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n7 = ('common.schema.json', '/$defs/duration')
    _n8 = ('jwt-auth.schema.json', '/properties/allowed-algorithms')
    _n9 = ('jwt-auth.schema.json', '/properties/require-exp')
    _n10 = ('jwt-auth.schema.json', '/properties/issuer')
    _n11 = ('jwt-auth.schema.json', '/properties/verbose-logging')
    _n12 = ('common.schema.json', '/$defs/distribute')
    _c30 = 'to'
    _c31 = 'sites'
    _c32 = 'deployments'
    _c33 = frozenset(['deployments', 'sites', 'to'])
    _n13 = ('jwt-auth.schema.json', '/properties/allowed-algorithms/items')
    _n14 = ('common.schema.json', '/$defs/distribute/properties/to')
    _n15 = ('common.schema.json', '/$defs/distribute/properties/sites')
    _n16 = ('common.schema.json', '/$defs/distribute/properties/deployments')
    _n17 = ('common.schema.json', '/$defs/distribute/oneOf/0')
    _n18 = ('common.schema.json', '/$defs/distribute/oneOf/1')
    _n19 = ('common.schema.json', '/$defs/distribute/oneOf/2')
    _c41 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n20 = ('common.schema.json', '/$defs/name')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v5(v):
                    yield from _e5(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v6(v):
                    yield from _e6(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v7(v):
                    yield from _e7(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v7(v):
                    yield from _e7(v, p + (_c8,), s + ('properties', _c8))
            if _c9 in x:
                v = x[_c9]
                if not _v7(v):
                    yield from _e7(v, p + (_c9,), s + ('properties', _c9))
            if _c10 in x:
                v = x[_c10]
                if not _v11(v):
                    yield from _e11(v, p + (_c10,), s + ('properties', _c10))
            if _c11 in x:
                v = x[_c11]
                if not _v7(v):
                    yield from _e7(v, p + (_c11,), s + ('properties', _c11))
            if _c12 in x:
                v = x[_c12]
                if not _v13(v):
                    yield from _e13(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v14(v):
                    yield from _e14(v, p + (_c13,), s + ('properties', _c13))
            if _c14 in x:
                v = x[_c14]
                if not _v15(v):
                    yield from _e15(v, p + (_c14,), s + ('properties', _c14))
            if _c15 in x:
                v = x[_c15]
                if not _v16(v):
                    yield from _e16(v, p + (_c15,), s + ('properties', _c15))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v2 = _v1
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n2, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c18.search(x):
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n3, 'minLength', p, x, s + ('minLength',), None)
        if t is str and not _c18.search(x):
            yield (_n3, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n4, 'type', p, x, s + ('type',), None)
        return
        yield
    _v5 = _v1
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n5, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v6 = _v4
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n6, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c23.search(x):
            return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is str and not _c23.search(x):
            yield (_n7, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v18(v):
                return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v18(v):
                    yield from _e18(v, p + (i,), s + ('items',))
        return
        yield
    _v13 = _v4
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n9, 'type', p, x, s + ('type',), None)
        return
        yield
    _v14 = _v1
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n10, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v15 = _v4
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n11, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v16(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v22(x), _v23(x), _v24(x)].count(True) != 1:
            return False
        return True
    def _e16(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c30 in x:
                v = x[_c30]
                if not _v19(v):
                    yield from _e19(v, p + (_c30,), s + ('properties', _c30))
            if _c31 in x:
                v = x[_c31]
                if not _v20(v):
                    yield from _e20(v, p + (_c31,), s + ('properties', _c31))
            if _c32 in x:
                v = x[_c32]
                if not _v21(v):
                    yield from _e21(v, p + (_c32,), s + ('properties', _c32))
        if t is dict:
            if any(k not in _c33 for k in x):
                yield (_n12, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e22, 0), (_e23, 1), (_e24, 2),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n12, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v22, _v23, _v24,)[first + 1:]):
            yield (_n12, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    _v18 = _v1
    def _e18(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n13, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v19 = _v1
    def _e19(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n14, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v20(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v25(v):
                return False
        return True
    def _e20(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v25(v):
                    yield from _e25(v, p + (i,), s + ('items',))
        return
        yield
    _v21 = _v20
    def _e21(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n16, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v25(v):
                    yield from _e25(v, p + (i,), s + ('items',))
        return
        yield
    def _v22(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c30 not in x:
                return False
        return True
    def _e22(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c30 not in x:
                yield (_n17, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v23(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c31 not in x:
                return False
        return True
    def _e23(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c31 not in x:
                yield (_n18, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v24(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c32 not in x:
                return False
        return True
    def _e24(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c32 not in x:
                yield (_n19, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v25(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c41.search(x):
            return False
        return True
    def _e25(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n20, 'type', p, x, s + ('type',), None)
        if t is str and not _c41.search(x):
            yield (_n20, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _t0 = {'name': _v1, 'discovery-url': _v2, 'jwks-ca-cert': _v3, 'jwks-use-root-ca-certs': _v4, 'jwks-server-name-indication': _v5, 'jwks-tls-verify': _v6, 'jwks-refresh-interval': _v7, 'jwks-request-timeout': _v7, 'jwks-cache-max-age': _v7, 'allowed-algorithms': _v11, 'allowed-clock-skew': _v7, 'require-exp': _v13, 'issuer': _v14, 'verbose-logging': _v15, 'distribute': _v16}
    _t1 = {'to': _v19, 'sites': _v20, 'deployments': _v21}
    return _e0

def _build_9():  # jwt-role.schema.json
    _c0 = 'name'
    _n0 = ('jwt-role.schema.json', '')
    _c2 = 'bound-audiences'
    _c3 = 'bound-claims'
    _c4 = 'user-claim'
    _c5 = 'token-policies'
    _c6 = 'token-ttl'
    _c7 = 'token-num-uses'
    _n1 = ('jwt-role.schema.json', '/properties/name')
    _n2 = ('jwt-role.schema.json', '/properties/bound-audiences')
    _n3 = ('jwt-role.schema.json', '/properties/bound-claims')
    _c11 = frozenset([])
    _n4 = ('jwt-role.schema.json', '/properties/user-claim')
    _n5 = ('jwt-role.schema.json', '/properties/token-policies')
    _c14 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n6 = ('common.schema.json', '/$defs/duration')
    _c16 = 0
    _c17 = 4294967295
    _n7 = ('common.schema.json', '/$defs/uint32')
    _n8 = ('jwt-role.schema.json', '/properties/bound-audiences/items')
    _n9 = ('jwt-role.schema.json', '/properties/bound-claims/additionalProperties')
    _n10 = ('jwt-role.schema.json', '/properties/token-policies/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v5(v):
                    yield from _e5(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v6(v):
                    yield from _e6(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v8(v):
                    yield from _e8(v, p + (_c7,), s + ('properties', _c7))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v2(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v10(v):
                return False
        return True
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v10(v):
                    yield from _e10(v, p + (i,), s + ('items',))
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v11(v): return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k, v in x.items():
                if k not in _c11:
                    if not _v11(v):
                        yield from _e11(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    _v4 = _v1
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n4, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v12(v):
                return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v12(v):
                    yield from _e12(v, p + (i,), s + ('items',))
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c14.search(x):
            return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is str and not _c14.search(x):
            yield (_n6, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v8(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c16:
            return False
        if x > _c17:
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c16:
            yield (_n7, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c17:
            yield (_n7, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    _v10 = _v1
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n8, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is str or t is list or (t is int or t is float) or t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str or t is list or (t is int or t is float) or t is bool):
            yield (_n9, 'type', p, x, s + ('type',), None)
        return
        yield
    _v12 = _v1
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n10, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'bound-audiences': _v2, 'bound-claims': _v3, 'user-claim': _v4, 'token-policies': _v5, 'token-ttl': _v6, 'token-num-uses': _v8}
    _t1 = {}
    return _e0

def _build_10():  # policy.schema.json
    _c0 = 'name'
    _n0 = ('policy.schema.json', '')
    _c2 = 'rest-api'
    _c3 = 'capabilities'
    _c4 = 'volga'
    _n1 = ('policy.schema.json', '/properties/name')
    _n2 = ('policy.schema.json', '/properties/rest-api')
    _c7 = 'rules'
    _n3 = ('policy.schema.json', '/properties/capabilities')
    _c9 = 'all'
    _c10 = frozenset(['all'])
    _n4 = ('policy.schema.json', '/properties/volga')
    _c12 = 'topics'
    _n5 = ('policy.schema.json', '/properties/rest-api/properties/rules')
    _c14 = frozenset(['allow', 'reject'])
    _n6 = ('common.schema.json', '/$defs/policy-verdict')
    _n7 = ('policy.schema.json', '/properties/volga/properties/topics')
    _c17 = 'path'
    _n8 = ('policy.schema.json', '/properties/rest-api/properties/rules/items')
    _c19 = 'description'
    _c20 = 'operations'
    _c21 = 'hide-fields'
    _n9 = ('policy.schema.json', '/properties/volga/properties/topics/items')
    _n10 = ('policy.schema.json', '/properties/rest-api/properties/rules/items/properties/path')
    _n11 = ('policy.schema.json', '/properties/rest-api/properties/rules/items/properties/description')
    _n12 = ('policy.schema.json', '/properties/rest-api/properties/rules/items/properties/operations')
    _c26 = 'create'
    _c27 = 'read'
    _c28 = 'update'
    _c29 = 'delete'
    _c30 = 'execute'
    _c31 = frozenset(['all', 'create', 'delete', 'execute', 'read', 'update'])
    _n13 = ('policy.schema.json', '/properties/rest-api/properties/rules/items/properties/hide-fields')
    _n14 = ('policy.schema.json', '/properties/volga/properties/topics/items/properties/name')
    _n15 = ('policy.schema.json', '/properties/volga/properties/topics/items/properties/operations')
    _c35 = 'produce'
    _c36 = 'consume'
    _c37 = frozenset(['consume', 'create', 'delete', 'produce'])
    _n16 = ('policy.schema.json', '/properties/rest-api/properties/rules/items/properties/hide-fields/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v2(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c7 in x:
                v = x[_c7]
                if not _v5(v):
                    yield from _e5(v, p + (_c7,), s + ('properties', _c7))
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v6(v): return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c9 in x:
                v = x[_c9]
                if not _v6(v):
                    yield from _e6(v, p + (_c9,), s + ('properties', _c9))
        if t is dict:
            for k, v in x.items():
                if k not in _c10:
                    if not _v6(v):
                        yield from _e6(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c12 in x:
                v = x[_c12]
                if not _v9(v):
                    yield from _e9(v, p + (_c12,), s + ('properties', _c12))
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v10(v):
                return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v10(v):
                    yield from _e10(v, p + (i,), s + ('items',))
        return
        yield
    def _v6(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c14):
            return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c14):
            yield (_n6, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v9(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v11(v):
                return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v11(v):
                    yield from _e11(v, p + (i,), s + ('items',))
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c17 not in x:
            return False
        for k, v in x.items():
            f = _t4.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c17 not in x:
                yield (_n8, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c17 in x:
                v = x[_c17]
                if not _v12(v):
                    yield from _e12(v, p + (_c17,), s + ('properties', _c17))
            if _c19 in x:
                v = x[_c19]
                if not _v13(v):
                    yield from _e13(v, p + (_c19,), s + ('properties', _c19))
            if _c20 in x:
                v = x[_c20]
                if not _v14(v):
                    yield from _e14(v, p + (_c20,), s + ('properties', _c20))
            if _c21 in x:
                v = x[_c21]
                if not _v15(v):
                    yield from _e15(v, p + (_c21,), s + ('properties', _c21))
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t5.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n9, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v16(v):
                    yield from _e16(v, p + (_c0,), s + ('properties', _c0))
            if _c20 in x:
                v = x[_c20]
                if not _v17(v):
                    yield from _e17(v, p + (_c20,), s + ('properties', _c20))
        return
        yield
    _v12 = _v1
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n10, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v13(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n11, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v14(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t6.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c9 in x:
                v = x[_c9]
                if not _v6(v):
                    yield from _e6(v, p + (_c9,), s + ('properties', _c9))
            if _c26 in x:
                v = x[_c26]
                if not _v6(v):
                    yield from _e6(v, p + (_c26,), s + ('properties', _c26))
            if _c27 in x:
                v = x[_c27]
                if not _v6(v):
                    yield from _e6(v, p + (_c27,), s + ('properties', _c27))
            if _c28 in x:
                v = x[_c28]
                if not _v6(v):
                    yield from _e6(v, p + (_c28,), s + ('properties', _c28))
            if _c29 in x:
                v = x[_c29]
                if not _v6(v):
                    yield from _e6(v, p + (_c29,), s + ('properties', _c29))
            if _c30 in x:
                v = x[_c30]
                if not _v6(v):
                    yield from _e6(v, p + (_c30,), s + ('properties', _c30))
        if t is dict:
            if any(k not in _c31 for k in x):
                yield (_n12, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v15(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v24(v):
                return False
        return True
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v24(v):
                    yield from _e24(v, p + (i,), s + ('items',))
        return
        yield
    _v16 = _v1
    def _e16(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n14, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v17(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t7.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e17(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c26 in x:
                v = x[_c26]
                if not _v6(v):
                    yield from _e6(v, p + (_c26,), s + ('properties', _c26))
            if _c29 in x:
                v = x[_c29]
                if not _v6(v):
                    yield from _e6(v, p + (_c29,), s + ('properties', _c29))
            if _c35 in x:
                v = x[_c35]
                if not _v6(v):
                    yield from _e6(v, p + (_c35,), s + ('properties', _c35))
            if _c36 in x:
                v = x[_c36]
                if not _v6(v):
                    yield from _e6(v, p + (_c36,), s + ('properties', _c36))
        if t is dict:
            if any(k not in _c37 for k in x):
                yield (_n15, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v24 = _v1
    def _e24(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n16, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n16, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'rest-api': _v2, 'capabilities': _v3, 'volga': _v4}
    _t1 = {'rules': _v5}
    _t2 = {'all': _v6}
    _t3 = {'topics': _v9}
    _t4 = {'path': _v12, 'description': _v13, 'operations': _v14, 'hide-fields': _v15}
    _t5 = {'name': _v16, 'operations': _v17}
    _t6 = {'all': _v6, 'create': _v6, 'read': _v6, 'update': _v6, 'delete': _v6, 'execute': _v6}
    _t7 = {'create': _v6, 'delete': _v6, 'produce': _v6, 'consume': _v6}
    return _e0

def _build_11():  # remote-registry.schema.json
    _c0 = 'address'
    _n0 = ('remote-registry.schema.json', '')
    _c2 = 'override-address'
    _c3 = 'ca-cert'
    _c4 = 'credentials'
    _c5 = frozenset(['address', 'ca-cert', 'credentials', 'override-address'])
    _n1 = ('remote-registry.schema.json', '/properties/address')
    _n2 = ('remote-registry.schema.json', '/properties/override-address')
    _c8 = re.compile('-----BEGIN CERTIFICATE-----', 32)
    _n3 = ('remote-registry.schema.json', '/properties/ca-cert')
    _n4 = ('remote-registry.schema.json', '/properties/credentials')
    _c11 = 'repository'
    _c12 = 'vault'
    _c13 = 'secret'
    _n5 = ('remote-registry.schema.json', '/properties/credentials/items')
    _c15 = frozenset(['repository', 'secret', 'vault'])
    _n6 = ('remote-registry.schema.json', '/properties/credentials/items/properties/repository')
    _n7 = ('remote-registry.schema.json', '/properties/credentials/items/properties/vault')
    _n8 = ('remote-registry.schema.json', '/properties/credentials/items/properties/secret')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
        if t is dict:
            if any(k not in _c5 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v2 = _v1
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n2, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c8.search(x):
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n3, 'minLength', p, x, s + ('minLength',), None)
        if t is str and not _c8.search(x):
            yield (_n3, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v5(v):
                return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v5(v):
                    yield from _e5(v, p + (i,), s + ('items',))
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c11 not in x:
            return False
        if _c12 not in x:
            return False
        if _c13 not in x:
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c11 not in x:
                yield (_n5, 'required', p, x, s + ('required',), None)
            if _c12 not in x:
                yield (_n5, 'required', p, x, s + ('required',), None)
            if _c13 not in x:
                yield (_n5, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c11 in x:
                v = x[_c11]
                if not _v6(v):
                    yield from _e6(v, p + (_c11,), s + ('properties', _c11))
            if _c12 in x:
                v = x[_c12]
                if not _v7(v):
                    yield from _e7(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v8(v):
                    yield from _e8(v, p + (_c13,), s + ('properties', _c13))
        if t is dict:
            if any(k not in _c15 for k in x):
                yield (_n5, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    _v6 = _v1
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n6, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v7 = _v1
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n7, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v8 = _v1
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n8, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'address': _v1, 'override-address': _v2, 'ca-cert': _v3, 'credentials': _v4}
    _t1 = {'repository': _v6, 'vault': _v7, 'secret': _v8}
    return _e0

def _build_12():  # resource-profile.schema.json
    _c0 = 'name'
    _n0 = ('resource-profile.schema.json', '')
    _c2 = 'memory'
    _c3 = 'cpus'
    _c4 = 'container-storage'
    _c5 = 'device-labels'
    _c6 = 'gpu-labels'
    _c7 = 'system-volumes'
    _c8 = 'ingress-ipv4-ranges'
    _c9 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _n2 = ('resource-profile.schema.json', '/properties/memory')
    _c12 = 'memory-limit'
    _c13 = 'container-memory-default'
    _n3 = ('resource-profile.schema.json', '/properties/cpus')
    _c15 = 'cpus-limit'
    _c16 = 'container-cpus-default'
    _c17 = 'cpu-shares-limit'
    _c18 = 'container-cpu-shares-default'
    _n4 = ('resource-profile.schema.json', '/properties/container-storage')
    _c20 = 'container-layer-storage-limit'
    _c21 = 'container-layer-size-default'
    _n5 = ('resource-profile.schema.json', '/properties/device-labels')
    _n6 = ('resource-profile.schema.json', '/properties/gpu-labels')
    _n7 = ('resource-profile.schema.json', '/properties/system-volumes')
    _n8 = ('resource-profile.schema.json', '/properties/ingress-ipv4-ranges')
    _c26 = 'allowed'
    _c27 = 'default'
    _c28 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$', 32)
    _n9 = ('common.schema.json', '/$defs/size')
    _c30 = re.compile('^[0-9]+(\\.[0-9]+)?$', 32)
    _c31 = 0
    _n10 = ('resource-profile.schema.json', '/properties/cpus/properties/cpus-limit')
    _n11 = ('resource-profile.schema.json', '/properties/cpus/properties/container-cpus-default')
    _c34 = 4294967295
    _n12 = ('common.schema.json', '/$defs/uint32')
    _n13 = ('resource-profile.schema.json', '/properties/device-labels/items')
    _c37 = frozenset(['name'])
    _n14 = ('resource-profile.schema.json', '/properties/gpu-labels/items')
    _n15 = ('resource-profile.schema.json', '/properties/system-volumes/items')
    _n16 = ('common.schema.json', '/$defs/label-match-expression')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v3(v):
                    yield from _e3(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v4(v):
                    yield from _e4(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v6(v):
                    yield from _e6(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v7(v):
                    yield from _e7(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v8(v):
                    yield from _e8(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v9(v):
                    yield from _e9(v, p + (_c8,), s + ('properties', _c8))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c9.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c9.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c12 in x:
                v = x[_c12]
                if not _v10(v):
                    yield from _e10(v, p + (_c12,), s + ('properties', _c12))
            if _c13 in x:
                v = x[_c13]
                if not _v10(v):
                    yield from _e10(v, p + (_c13,), s + ('properties', _c13))
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c15 in x:
                v = x[_c15]
                if not _v13(v):
                    yield from _e13(v, p + (_c15,), s + ('properties', _c15))
            if _c16 in x:
                v = x[_c16]
                if not _v14(v):
                    yield from _e14(v, p + (_c16,), s + ('properties', _c16))
            if _c17 in x:
                v = x[_c17]
                if not _v15(v):
                    yield from _e15(v, p + (_c17,), s + ('properties', _c17))
            if _c18 in x:
                v = x[_c18]
                if not _v15(v):
                    yield from _e15(v, p + (_c18,), s + ('properties', _c18))
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c20 in x:
                v = x[_c20]
                if not _v10(v):
                    yield from _e10(v, p + (_c20,), s + ('properties', _c20))
            if _c21 in x:
                v = x[_c21]
                if not _v10(v):
                    yield from _e10(v, p + (_c21,), s + ('properties', _c21))
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v20(v):
                return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v20(v):
                    yield from _e20(v, p + (i,), s + ('items',))
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v21(v):
                return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v21(v):
                    yield from _e21(v, p + (i,), s + ('items',))
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v22(v):
                return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v22(v):
                    yield from _e22(v, p + (i,), s + ('items',))
        return
        yield
    def _v9(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t4.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c26 in x:
                v = x[_c26]
                if not _v23(v):
                    yield from _e23(v, p + (_c26,), s + ('properties', _c26))
            if _c27 in x:
                v = x[_c27]
                if not _v23(v):
                    yield from _e23(v, p + (_c27,), s + ('properties', _c27))
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c28.search(x):
            return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is str and not _c28.search(x):
            yield (_n9, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v13(x):
        t = type(x)
        if not ((t is int or t is float) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c30.search(x):
                return False
        if t is int or t is float:
            if x < _c31:
                return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or t is float) or t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and not _c30.search(x):
            yield (_n10, 'pattern', p, x, s + ('pattern',), None)
        if (t is int or t is float) and x < _c31:
            yield (_n10, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    _v14 = _v13
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or t is float) or t is str):
            yield (_n11, 'type', p, x, s + ('type',), None)
        if t is str and not _c30.search(x):
            yield (_n11, 'pattern', p, x, s + ('pattern',), None)
        if (t is int or t is float) and x < _c31:
            yield (_n11, 'minimum', p, x, s + ('minimum',), None)
        return
        yield
    def _v15(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c31:
            return False
        if x > _c34:
            return False
        return True
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c31:
            yield (_n12, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c34:
            yield (_n12, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v20(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t5.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e20(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n13, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
        if t is dict:
            if any(k not in _c37 for k in x):
                yield (_n13, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v21(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t6.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e21(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n14, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
        if t is dict:
            if any(k not in _c37 for k in x):
                yield (_n14, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v22(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t7.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e22(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n15, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
        if t is dict:
            if any(k not in _c37 for k in x):
                yield (_n15, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v23(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e23(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n16, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n16, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'memory': _v3, 'cpus': _v4, 'container-storage': _v5, 'device-labels': _v6, 'gpu-labels': _v7, 'system-volumes': _v8, 'ingress-ipv4-ranges': _v9}
    _t1 = {'memory-limit': _v10, 'container-memory-default': _v10}
    _t2 = {'cpus-limit': _v13, 'container-cpus-default': _v14, 'cpu-shares-limit': _v15, 'container-cpu-shares-default': _v15}
    _t3 = {'container-layer-storage-limit': _v10, 'container-layer-size-default': _v10}
    _t4 = {'allowed': _v23, 'default': _v23}
    _t5 = {'name': _v1}
    _t6 = {'name': _v1}
    _t7 = {'name': _v1}
    return _e0

def _build_13():  # secret.schema.json
    _c0 = 'name'
    _n0 = ('secret.schema.json', '')
    _c2 = 'data'
    _c3 = 'base64-data'
    _c4 = 'allow-image-access'
    _c5 = 'allow-tenant-access'
    _c6 = 'auto-cert'
    _c7 = 'auto-acme-cert'
    _c8 = frozenset(['allow-image-access', 'allow-tenant-access', 'auto-acme-cert', 'auto-cert', 'base64-data', 'data', 'name'])
    _n1 = ('secret.schema.json', '/properties/name')
    _n2 = ('secret.schema.json', '/properties/data')
    _c11 = frozenset([])
    _n3 = ('secret.schema.json', '/properties/base64-data')
    _n4 = ('secret.schema.json', '/properties/allow-image-access')
    _n5 = ('secret.schema.json', '/properties/allow-tenant-access')
    _n6 = ('secret.schema.json', '/properties/auto-cert')
    _n7 = ('secret.schema.json', '/properties/auto-acme-cert')
    _c17 = 'acme-service'
    _c18 = 'names'
    _n8 = ('secret.schema.json', '/properties/data/additionalProperties')
    _n9 = ('secret.schema.json', '/properties/data/propertyNames')
    _c21 = re.compile('^[A-Za-z0-9+/\\s]*(=\\s*){0,2}$', 32)
    _n10 = ('secret.schema.json', '/properties/base64-data/additionalProperties')
    _n11 = ('secret.schema.json', '/properties/base64-data/propertyNames')
    _n12 = ('secret.schema.json', '/properties/allow-image-access/items')
    _n13 = ('secret.schema.json', '/properties/auto-acme-cert/properties/acme-service')
    _n14 = ('secret.schema.json', '/properties/auto-acme-cert/properties/names')
    _n15 = ('secret.schema.json', '/properties/auto-acme-cert/properties/names/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v2(v):
                    yield from _e2(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v4(v):
                    yield from _e4(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v5(v):
                    yield from _e5(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v6(v):
                    yield from _e6(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v7(v):
                    yield from _e7(v, p + (_c7,), s + ('properties', _c7))
        if t is dict:
            if any(k not in _c8 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n1, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v2(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v8(v): return False
        for k in x:
            if not _v9(k):
                return False
        return True
    def _e2(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k in x:
                if not _v9(k):
                    yield from _e9(k, p, s + ('propertyNames',))
        if t is dict:
            for k, v in x.items():
                if k not in _c11:
                    if not _v8(v):
                        yield from _e8(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t2.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v10(v): return False
        for k in x:
            if not _v11(k):
                return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n3, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k in x:
                if not _v11(k):
                    yield from _e11(k, p, s + ('propertyNames',))
        if t is dict:
            for k, v in x.items():
                if k not in _c11:
                    if not _v10(v):
                        yield from _e10(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v4(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v12(v):
                return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v12(v):
                    yield from _e12(v, p + (i,), s + ('items',))
        return
        yield
    def _v5(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n6, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c17 in x:
                v = x[_c17]
                if not _v13(v):
                    yield from _e13(v, p + (_c17,), s + ('properties', _c17))
            if _c18 in x:
                v = x[_c18]
                if not _v14(v):
                    yield from _e14(v, p + (_c18,), s + ('properties', _c18))
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n8, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v9(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str:
            if len(x) < 1:
                return False
        return True
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str and len(x) < 1:
            yield (_n9, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c21.search(x):
            return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and not _c21.search(x):
            yield (_n10, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _v11 = _v9
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str and len(x) < 1:
            yield (_n11, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v12 = _v1
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n12, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n12, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _v13 = _v1
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n13, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n13, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v14(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v15(v):
                return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n14, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v15(v):
                    yield from _e15(v, p + (i,), s + ('items',))
        return
        yield
    _v15 = _v1
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n15, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n15, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'data': _v2, 'base64-data': _v3, 'allow-image-access': _v4, 'allow-tenant-access': _v5, 'auto-cert': _v6, 'auto-acme-cert': _v7}
    _t1 = {}
    _t2 = {}
    _t3 = {'acme-service': _v13, 'names': _v14}
    return _e0

def _build_14():  # site.schema.json
    _c0 = 'name'
    _c1 = 'type'
    _n0 = ('site.schema.json', '')
    _c3 = 'descriptive-name'
    _c4 = 'description'
    _c5 = 'labels'
    _c6 = 'quarantined'
    _c7 = 'application-upgrades-blocked'
    _c8 = 'allow-local-unseal'
    _c9 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _n2 = ('site.schema.json', '/properties/descriptive-name')
    _c12 = frozenset(['edge', 'top'])
    _n3 = ('site.schema.json', '/properties/type')
    _n4 = ('site.schema.json', '/properties/description')
    _n5 = ('common.schema.json', '/$defs/labels')
    _c16 = frozenset([])
    _n6 = ('site.schema.json', '/properties/quarantined')
    _n7 = ('site.schema.json', '/properties/application-upgrades-blocked')
    _n8 = ('site.schema.json', '/properties/allow-local-unseal')
    _c20 = re.compile('^[^\\s()]+$', 32)
    _n9 = ('common.schema.json', '/$defs/labels/additionalProperties')
    _c22 = re.compile('^([A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?)*/)?[a-z0-9]([a-z0-9.\\-]*[a-z0-9])?$', 32)
    _n10 = ('common.schema.json', '/$defs/label-name')
    _n11 = ('common.schema.json', '/$defs/label-value')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c1 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c1 in x:
                v = x[_c1]
                if not _v4(v):
                    yield from _e4(v, p + (_c1,), s + ('properties', _c1))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v6(v):
                    yield from _e6(v, p + (_c5,), s + ('properties', _c5))
            if _c6 in x:
                v = x[_c6]
                if not _v8(v):
                    yield from _e8(v, p + (_c6,), s + ('properties', _c6))
            if _c7 in x:
                v = x[_c7]
                if not _v9(v):
                    yield from _e9(v, p + (_c7,), s + ('properties', _c7))
            if _c8 in x:
                v = x[_c8]
                if not _v10(v):
                    yield from _e10(v, p + (_c8,), s + ('properties', _c8))
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c9.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c9.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c12):
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c12):
            yield (_n3, 'enum', p, x, s + ('enum',), None)
        return
        yield
    _v5 = _v3
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n4, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                if not _v11(v): return False
        for k in x:
            if not _v12(k):
                return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is dict:
            for k in x:
                if not _v12(k):
                    yield from _e12(k, p, s + ('propertyNames',))
        if t is dict:
            for k, v in x.items():
                if k not in _c16:
                    if not _v11(v):
                        yield from _e11(v, p + (k,), s + ('additionalProperties',))
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n6, 'type', p, x, s + ('type',), None)
        return
        yield
    _v9 = _v8
    def _e9(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n7, 'type', p, x, s + ('type',), None)
        return
        yield
    _v10 = _v8
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n8, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is str or t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c20.search(x):
                return False
        if t is list:
            for v in x:
                if not _v14(v):
                    return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str or t is list):
            yield (_n9, 'type', p, x, s + ('type',), None)
        if t is str and not _c20.search(x):
            yield (_n9, 'pattern', p, x, s + ('pattern',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v14(v):
                    yield from _e14(v, p + (i,), s + ('items',))
        return
        yield
    def _v12(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c22.search(x):
            return False
        return True
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n10, 'type', p, x, s + ('type',), None)
        if t is str and not _c22.search(x):
            yield (_n10, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v14(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c20.search(x):
            return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n11, 'type', p, x, s + ('type',), None)
        if t is str and not _c20.search(x):
            yield (_n11, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    _t0 = {'name': _v1, 'descriptive-name': _v3, 'type': _v4, 'description': _v5, 'labels': _v6, 'quarantined': _v8, 'application-upgrades-blocked': _v9, 'allow-local-unseal': _v10}
    _t1 = {}
    return _e0

def _build_15():  # tenant.schema.json
    _c0 = 'name'
    _c1 = 'kind'
    _n0 = ('tenant.schema.json', '')
    _c3 = 'descriptive-name'
    _c4 = 'policies'
    _c5 = 'resource-profile'
    _c6 = frozenset(['descriptive-name', 'kind', 'name', 'policies', 'resource-profile'])
    _c7 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _n2 = ('tenant.schema.json', '/properties/descriptive-name')
    _c10 = frozenset(['application-owner', 'site-provider', 'system'])
    _n3 = ('tenant.schema.json', '/properties/kind')
    _n4 = ('tenant.schema.json', '/properties/policies')
    _n5 = ('tenant.schema.json', '/properties/policies/items')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c1 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
            if _c1 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c3 in x:
                v = x[_c3]
                if not _v3(v):
                    yield from _e3(v, p + (_c3,), s + ('properties', _c3))
            if _c1 in x:
                v = x[_c1]
                if not _v4(v):
                    yield from _e4(v, p + (_c1,), s + ('properties', _c1))
            if _c4 in x:
                v = x[_c4]
                if not _v5(v):
                    yield from _e5(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v1(v):
                    yield from _e1(v, p + (_c5,), s + ('properties', _c5))
        if t is dict:
            if any(k not in _c6 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c7.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c7.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n2, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v4(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c10):
            return False
        return True
    def _e4(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c10):
            yield (_n3, 'enum', p, x, s + ('enum',), None)
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v7(v):
                return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v7(v):
                    yield from _e7(v, p + (i,), s + ('items',))
        return
        yield
    def _v7(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e7(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n5, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    _t0 = {'name': _v1, 'descriptive-name': _v3, 'kind': _v4, 'policies': _v5, 'resource-profile': _v1}
    return _e0

def _build_16():  # vault.schema.json
    _c0 = 'name'
    _n0 = ('vault.schema.json', '')
    _c2 = 'max-versions'
    _c3 = 'cas-required'
    _c4 = 'delete-version-after'
    _c5 = 'distribute'
    _c6 = frozenset(['cas-required', 'delete-version-after', 'distribute', 'max-versions', 'name'])
    _c7 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _n1 = ('common.schema.json', '/$defs/name')
    _c9 = 0
    _c10 = 4294967295
    _n2 = ('common.schema.json', '/$defs/uint32')
    _n3 = ('vault.schema.json', '/properties/cas-required')
    _c13 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _n4 = ('common.schema.json', '/$defs/duration')
    _n5 = ('common.schema.json', '/$defs/distribute')
    _c16 = 'to'
    _c17 = 'sites'
    _c18 = 'deployments'
    _c19 = frozenset(['deployments', 'sites', 'to'])
    _n6 = ('common.schema.json', '/$defs/distribute/properties/to')
    _n7 = ('common.schema.json', '/$defs/distribute/properties/sites')
    _n8 = ('common.schema.json', '/$defs/distribute/properties/deployments')
    _n9 = ('common.schema.json', '/$defs/distribute/oneOf/0')
    _n10 = ('common.schema.json', '/$defs/distribute/oneOf/1')
    _n11 = ('common.schema.json', '/$defs/distribute/oneOf/2')
    def _v0(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        for k, v in x.items():
            f = _t0.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _e0(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n0, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c0 not in x:
                yield (_n0, 'required', p, x, s + ('required',), None)
        if t is dict:
            if _c0 in x:
                v = x[_c0]
                if not _v1(v):
                    yield from _e1(v, p + (_c0,), s + ('properties', _c0))
            if _c2 in x:
                v = x[_c2]
                if not _v3(v):
                    yield from _e3(v, p + (_c2,), s + ('properties', _c2))
            if _c3 in x:
                v = x[_c3]
                if not _v5(v):
                    yield from _e5(v, p + (_c3,), s + ('properties', _c3))
            if _c4 in x:
                v = x[_c4]
                if not _v6(v):
                    yield from _e6(v, p + (_c4,), s + ('properties', _c4))
            if _c5 in x:
                v = x[_c5]
                if not _v8(v):
                    yield from _e8(v, p + (_c5,), s + ('properties', _c5))
        if t is dict:
            if any(k not in _c6 for k in x):
                yield (_n0, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        return
        yield
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c7.search(x):
            return False
        return True
    def _e1(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n1, 'type', p, x, s + ('type',), None)
        if t is str and not _c7.search(x):
            yield (_n1, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v3(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c9:
            return False
        if x > _c10:
            return False
        return True
    def _e3(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not ((t is int or (t is float and x.is_integer()))):
            yield (_n2, 'type', p, x, s + ('type',), None)
        if (t is int or t is float) and x < _c9:
            yield (_n2, 'minimum', p, x, s + ('minimum',), None)
        if (t is int or t is float) and x > _c10:
            yield (_n2, 'maximum', p, x, s + ('maximum',), None)
        return
        yield
    def _v5(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _e5(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is bool):
            yield (_n3, 'type', p, x, s + ('type',), None)
        return
        yield
    def _v6(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c13.search(x):
            return False
        return True
    def _e6(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n4, 'type', p, x, s + ('type',), None)
        if t is str and not _c13.search(x):
            yield (_n4, 'pattern', p, x, s + ('pattern',), None)
        return
        yield
    def _v8(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        if [_v13(x), _v14(x), _v15(x)].count(True) != 1:
            return False
        return True
    def _e8(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is dict):
            yield (_n5, 'type', p, x, s + ('type',), None)
        if t is dict:
            if _c16 in x:
                v = x[_c16]
                if not _v10(v):
                    yield from _e10(v, p + (_c16,), s + ('properties', _c16))
            if _c17 in x:
                v = x[_c17]
                if not _v11(v):
                    yield from _e11(v, p + (_c17,), s + ('properties', _c17))
            if _c18 in x:
                v = x[_c18]
                if not _v12(v):
                    yield from _e12(v, p + (_c18,), s + ('properties', _c18))
        if t is dict:
            if any(k not in _c19 for k in x):
                yield (_n5, 'additionalProperties', p, x, s + ('additionalProperties',), None)
        c = []
        first = -1
        for f, i in ((_e13, 0), (_e14, 1), (_e15, 2),):
            errs = [] if f is None else list(f(x, (), (i,)))
            if not errs:
                first = i
                break
            c.extend(errs)
        if first < 0:
            yield (_n5, 'oneOf', p, x, s + ('oneOf',), c)
        elif any(f(x) for f in (_v13, _v14, _v15,)[first + 1:]):
            yield (_n5, 'oneOf', p, x, s + ('oneOf',), None)
        return
        yield
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _e10(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str):
            yield (_n6, 'type', p, x, s + ('type',), None)
        if t is str and len(x) < 1:
            yield (_n6, 'minLength', p, x, s + ('minLength',), None)
        return
        yield
    def _v11(x):
        t = type(x)
        if not (t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        for v in x:
            if not _v1(v):
                return False
        return True
    def _e11(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n7, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v1(v):
                    yield from _e1(v, p + (i,), s + ('items',))
        return
        yield
    _v12 = _v11
    def _e12(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is list):
            yield (_n8, 'type', p, x, s + ('type',), None)
        if t is list:
            for i, v in enumerate(x):
                if not _v1(v):
                    yield from _e1(v, p + (i,), s + ('items',))
        return
        yield
    def _v13(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c16 not in x:
                return False
        return True
    def _e13(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c16 not in x:
                yield (_n9, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v14(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c17 not in x:
                return False
        return True
    def _e14(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c17 not in x:
                yield (_n10, 'required', p, x, s + ('required',), None)
        return
        yield
    def _v15(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c18 not in x:
                return False
        return True
    def _e15(x, p, s):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c18 not in x:
                yield (_n11, 'required', p, x, s + ('required',), None)
        return
        yield
    _t0 = {'name': _v1, 'max-versions': _v3, 'cas-required': _v5, 'delete-version-after': _v6, 'distribute': _v8}
    _t1 = {'to': _v10, 'sites': _v11, 'deployments': _v12}
    return _e0


ENTRIES = {
    'acme-service.schema.json': _build_0,
    'acme-static-request.schema.json': _build_1,
    'application-deployment.schema.json': _build_2,
    'application.schema.json': _build_3,
    'approle.schema.json': _build_4,
    'common.schema.json': _build_5,
    'config.schema.json': _build_6,
    'image-registry-settings.schema.json': _build_7,
    'jwt-auth.schema.json': _build_8,
    'jwt-role.schema.json': _build_9,
    'policy.schema.json': _build_10,
    'remote-registry.schema.json': _build_11,
    'resource-profile.schema.json': _build_12,
    'secret.schema.json': _build_13,
    'site.schema.json': _build_14,
    'tenant.schema.json': _build_15,
    'vault.schema.json': _build_16,
}
