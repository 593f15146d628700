"""Validity checks generated from the bundled schemas by ``python -m avassa_lint.validation.fastcheck``.

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
    _c2 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c3 = re.compile('^[^@\\s]+@[^@\\s]+$', 32)
    _c4 = re.compile('-----BEGIN CERTIFICATE-----', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _v4(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c3.search(x):
            return False
        return True
    def _v5(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v6 = _v3
    _v7 = _v5
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c4.search(x):
            return False
        return True
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
    _v10 = _v3
    _t0 = {'name': _v1, 'directory-url': _v3, 'contact-email': _v4, 'use-root-ca-certs': _v5, 'server-name-indication': _v6, 'tls-verify': _v7, 'api-ca-cert': _v8, 'callback-domains': _v9}
    return _v0

def _build_1():  # acme-static-request.schema.json
    _c0 = 'name'
    _c1 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
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
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    _v5 = _v1
    _v6 = _v1
    _t0 = {'name': _v1, 'names': _v2, 'vault': _v3, 'secret': _v5}
    return _v0

def _build_2():  # application-deployment.schema.json
    _c0 = 'name'
    _c1 = 'application'
    _c2 = 'placement'
    _c3 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c4 = re.compile('^(\\*|[a-zA-Z0-9\\-.+]+)$', 32)
    _c5 = 'match-site-labels'
    _c6 = 'all-sites'
    _c7 = 1
    _c8 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c9 = 'canary-healthy-time'
    _c10 = 'canary-continue-by-action'
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c3.search(x):
            return False
        return True
    def _v4(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c4.search(x):
            return False
        return True
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
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _v10(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    def _v11(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c5 not in x:
                return False
        return True
    def _v12(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c6 not in x:
                return False
        return True
    def _v13(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c7:
            return False
        return True
    def _v14(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c8.search(x):
            return False
        return True
    def _v16(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c5 not in x:
            return False
        for k, v in x.items():
            f = _t3.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v18 = _v10
    def _v19(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c9 not in x:
                return False
            if _c10 not in x:
                return False
        return True
    _t0 = {'name': _v1, 'application': _v1, 'application-version': _v4, 'placement': _v6, 'deploy-to-sites': _v7}
    _t1 = {'match-site-labels': _v8, 'all-sites': _v10}
    _t2 = {'sites-in-parallel': _v13, 'healthy-time': _v14, 'canary-sites': _v16, 'canary-healthy-time': _v14, 'canary-continue-by-action': _v18}
    _t3 = {'match-site-labels': _v8}
    return _v0

def _build_3():  # application.schema.json
    _c0 = 'name'
    _c1 = 'services'
    _c2 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c3 = re.compile('^[a-zA-Z0-9\\-.+]+$', 32)
    _c4 = frozenset(['ignore', 'restart-service-instance', 'upgrade-application'])
    _c5 = re.compile('^[^\\s()]+$', 32)
    _c6 = re.compile('^([A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?)*/)?[a-z0-9]([a-z0-9.\\-]*[a-z0-9])?$', 32)
    _c7 = 'mode'
    _c8 = 'version-regexp'
    _c9 = 'method'
    _c10 = re.compile('^(unlimited|[0-9]+(\\.[0-9]+)? ?([kMGT]|[KMGT]i)?bit/s)$', 32)
    _c11 = frozenset(['one-per-matching-host', 'replicated'])
    _c12 = re.compile('\\$\\{', 32)
    _c13 = 0
    _c14 = 4294967295
    _c15 = 'container-image'
    _c16 = 'timeout'
    _c17 = 'containers'
    _c18 = 'vm'
    _c19 = 'init-containers'
    _c20 = frozenset(['per-service', 'stop-and-restart'])
    _c21 = True
    _c22 = 'image'
    _c23 = re.compile('^[0-9]+(\\.[0-9]+)?$', 32)
    _c24 = 0.001
    _c25 = 65535
    _c26 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$', 32)
    _c27 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$|\\$\\{', 32)
    _c28 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c29 = frozenset(['allow', 'deny'])
    _c30 = 'host'
    _c31 = 'outbound-access'
    _c32 = 'ingress-ip-per-instance'
    _c33 = re.compile('^[a-zA-Z_][a-zA-Z0-9_]*$', 32)
    _c34 = 'vault'
    _c35 = 'secret'
    _c36 = 'key'
    _c37 = 'value'
    _c38 = 'value-from-vault-secret'
    _c39 = 'size'
    _c40 = 'reference'
    _c41 = 'ephemeral-volume'
    _c42 = 'persistent-volume'
    _c43 = 'system-volume'
    _c44 = 'config-map'
    _c45 = 'vault-secret'
    _c46 = re.compile('^[0-9]+(:[0-9]+)?$', 32)
    _c47 = 'volume-name'
    _c48 = frozenset(['audit-control', 'audit-read', 'audit-write', 'block-suspend', 'chown', 'dac-override', 'dac-read-search', 'fowner', 'fsetid', 'ipc-lock', 'ipc-owner', 'kill', 'lease', 'linux-immutable', 'mac-admin', 'mac-override', 'mknod', 'net-admin', 'net-bind-service', 'net-broadcast', 'net-raw', 'setfcap', 'setgid', 'setpcap', 'setuid', 'sys-admin', 'sys-boot', 'sys-chroot', 'sys-module', 'sys-nice', 'sys-pacct', 'sys-ptrace', 'sys-rawio', 'sys-resource', 'sys-time', 'sys-tty-config', 'syslog', 'wake-alarm'])
    _c49 = 'domain'
    _c50 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9\\-]*[a-z0-9])?)?$', 32)
    _c51 = 'allow-all'
    _c52 = 'deny-all'
    _c53 = 'default-action'
    _c54 = 'rules'
    _c55 = 'port-ranges'
    _c56 = re.compile('^[0-7]{3}$', 32)
    _c57 = 255
    _c58 = 'restart'
    _c59 = 'cmd'
    _c60 = re.compile('^(/(?!\\.\\.?(/|$))[^/]*)+$', 32)
    _c61 = frozenset(['read-only', 'read-write'])
    _c62 = 'mount-path'
    _c63 = 'files'
    _c64 = 'path'
    _c65 = 'port'
    _c66 = 'http'
    _c67 = 'tcp'
    _c68 = frozenset(['dccp', 'sctp', 'tcp', 'udp'])
    _c69 = re.compile('^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$', 32)
    _c70 = 'exec'
    _c71 = 1
    _c72 = frozenset(['http', 'https'])
    _c73 = 'cname'
    _c74 = 'target'
    _c75 = 'priority'
    _c76 = 'weight'
    _c77 = 'order'
    _c78 = 'preference'
    _c79 = 'flags'
    _c80 = 'regexp'
    _c81 = 'replacement'
    _c82 = 'data'
    _c83 = 'data-verbatim'
    _c84 = re.compile('^[A-Za-z0-9]*$', 32)
    _c85 = re.compile('^[a-zA-Z0-9+]*$', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c3.search(x):
            return False
        return True
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
    def _v8(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c4):
            return False
        return True
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
    def _v12(x):
        t = type(x)
        if not (t is str or t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c5.search(x):
                return False
        if t is list:
            for v in x:
                if not _v20(v):
                    return False
        return True
    def _v13(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c6.search(x):
            return False
        return True
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
    def _v17(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c7 not in x:
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
    def _v19(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c8 not in x:
            return False
        if _c9 not in x:
            return False
        for k, v in x.items():
            f = _t6.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v20(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c5.search(x):
            return False
        return True
    def _v22(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c10.search(x):
            return False
        return True
    def _v26(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c11):
            return False
        return True
    def _v27(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c12.search(x):
                return False
        if t is int or t is float:
            if x < _c13:
                return False
            if x > _c14:
                return False
        return True
    def _v29(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
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
    def _v36(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c15 not in x:
            return False
        for k, v in x.items():
            f = _t9.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v38(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c16 not in x:
            return False
        for k, v in x.items():
            f = _t10.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
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
    def _v40(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c17 not in x:
                return False
        return True
    def _v41(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c18 not in x:
                return False
        return True
    def _v42(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c19 not in x:
                return False
            if _c18 not in x:
                return False
        return True
    def _v43(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _v44(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c20):
            return False
        return True
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
    _v46 = _v43
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
    def _v50(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not _equal(_c21, x):
            return False
        return True
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
    def _v54(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v112(x):
            return False
        return True
    def _v55(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v113(x):
            return False
        return True
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
    def _v60(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c22 not in x:
            return False
        for k, v in x.items():
            f = _t18.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v62(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c22 not in x:
            return False
        for k, v in x.items():
            f = _t19.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v65 = _v43
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
    def _v69(x):
        t = type(x)
        if not ((t is int or t is float) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c23.search(x):
                return False
        if t is int or t is float:
            if x < _c24:
                return False
        return True
    def _v71(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c13:
            return False
        if x > _c25:
            return False
        return True
    def _v73(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c26.search(x):
            return False
        return True
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
    def _v80(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c27.search(x):
            return False
        return True
    _v82 = _v29
    def _v83(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c13:
            return False
        if x > _c14:
            return False
        return True
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
    def _v87(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c28.search(x):
            return False
        return True
    _v90 = _v27
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
    _v96 = _v50
    _v97 = _v50
    def _v98(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c29):
            return False
        return True
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
    def _v101(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v207(x):
            return False
        return True
    def _v102(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v208(x):
            return False
        return True
    def _v103(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v209(x):
            return False
        return True
    def _v104(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v210(x):
            return False
        return True
    def _v105(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if _v211(x):
            return False
        return True
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
    def _v112(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c30 not in x:
                return False
            if _c31 not in x:
                return False
        return True
    def _v113(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c30 not in x:
                return False
            if _c32 not in x:
                return False
        return True
    def _v114(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c33.search(x):
            return False
        return True
    def _v116(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v117(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c34 not in x:
            return False
        if _c35 not in x:
            return False
        if _c36 not in x:
            return False
        for k, v in x.items():
            f = _t27.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v118(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c37 not in x:
                return False
        return True
    def _v119(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c38 not in x:
                return False
        return True
    def _v121(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c39 not in x:
            return False
        for k, v in x.items():
            f = _t28.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v124(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c40 not in x:
            return False
        for k, v in x.items():
            f = _t29.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
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
    def _v126(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c34 not in x:
            return False
        if _c35 not in x:
            return False
        for k, v in x.items():
            f = _t31.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v127(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c41 not in x:
                return False
        return True
    def _v128(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c42 not in x:
                return False
        return True
    def _v129(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c43 not in x:
                return False
        return True
    def _v130(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c44 not in x:
                return False
        return True
    def _v131(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c45 not in x:
                return False
        return True
    _v133 = _v43
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
    _v135 = _v134
    _v137 = _v75
    _v143 = _v29
    def _v147(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer())) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c46.search(x):
                return False
        if t is int or t is float:
            if x < _c13:
                return False
            if x > _c25:
                return False
        return True
    _v149 = _v50
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
    _v158 = _v43
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
    _v163 = _v43
    _v164 = _v134
    _v165 = _v134
    _v167 = _v75
    _v173 = _v29
    _v178 = _v50
    _v184 = _v43
    _v186 = _v116
    def _v192(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c47 not in x:
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
    def _v195(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c48):
            return False
        return True
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
    def _v200(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c49 not in x:
            return False
        for k, v in x.items():
            f = _t39.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v204(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c50.search(x):
            return False
        return True
    _v205 = _v204
    def _v207(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c51 not in x:
                return False
            if _c52 not in x:
                return False
        return True
    def _v208(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c51 not in x:
                return False
            if _c53 not in x:
                return False
        return True
    def _v209(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c51 not in x:
                return False
            if _c54 not in x:
                return False
        return True
    def _v210(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c52 not in x:
                return False
            if _c53 not in x:
                return False
        return True
    def _v211(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c52 not in x:
                return False
            if _c54 not in x:
                return False
        return True
    def _v212(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c55 not in x:
            return False
        for k, v in x.items():
            f = _t40.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
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
    _v215 = _v214
    _v216 = _v43
    def _v219(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c56.search(x):
            return False
        return True
    def _v221(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c46.search(x):
            return False
        return True
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
    _v226 = _v214
    _v227 = _v214
    _v234 = _v50
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
    _v237 = _v194
    def _v238(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c13:
            return False
        if x > _c57:
            return False
        return True
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
    _v245 = _v29
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
    def _v247(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c58 not in x:
                return False
            if _c59 not in x:
                return False
        return True
    _v248 = _v116
    def _v253(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c60.search(x):
            return False
        return True
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
    def _v256(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c61):
            return False
        return True
    def _v257(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c62 not in x:
                return False
        return True
    def _v258(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c63 not in x:
                return False
        return True
    def _v260(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c64 not in x:
            return False
        if _c65 not in x:
            return False
        for k, v in x.items():
            f = _t44.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v261(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c65 not in x:
            return False
        for k, v in x.items():
            f = _t45.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v267(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c66 not in x:
                return False
        return True
    def _v268(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c67 not in x:
                return False
        return True
    _v269 = _v214
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
    def _v273(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c68):
            return False
        return True
    def _v274(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c69.search(x):
            return False
        return True
    def _v276(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c49 not in x:
            return False
        for k, v in x.items():
            f = _t46.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
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
    _v278 = _v50
    _v279 = _v50
    _v281 = _v43
    def _v282(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c64 not in x:
            return False
        if _c65 not in x:
            return False
        for k, v in x.items():
            f = _t48.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v283(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c65 not in x:
            return False
        for k, v in x.items():
            f = _t49.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v284(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c59 not in x:
            return False
        for k, v in x.items():
            f = _t50.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v290 = _v267
    _v291 = _v268
    def _v292(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c70 not in x:
                return False
        return True
    _v293 = _v116
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
    _v295 = _v43
    def _v296(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c71:
            return False
        if x > _c25:
            return False
        return True
    def _v298(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c72):
            return False
        return True
    _v299 = _v43
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
    def _v302(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c73 not in x:
            return False
        for k, v in x.items():
            f = _t53.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v303(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c74 not in x:
            return False
        if _c65 not in x:
            return False
        if _c75 not in x:
            return False
        if _c76 not in x:
            return False
        for k, v in x.items():
            f = _t54.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    def _v304(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c77 not in x:
            return False
        if _c78 not in x:
            return False
        if _c79 not in x:
            return False
        if _c1 not in x:
            return False
        if _c80 not in x:
            return False
        if _c81 not in x:
            return False
        for k, v in x.items():
            f = _t55.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v305 = _v214
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
    _v307 = _v43
    _v309 = _v116
    def _v312(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c82 not in x:
                return False
            if _c83 not in x:
                return False
        return True
    _v313 = _v43
    _v315 = _v298
    _v316 = _v43
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
    _v320 = _v43
    _v322 = _v116
    _v323 = _v214
    _v324 = _v214
    _v325 = _v116
    _v326 = _v214
    def _v333(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) > 255:
            return False
        if not _c84.search(x):
            return False
        return True
    def _v334(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) > 255:
            return False
        if not _c85.search(x):
            return False
        return True
    def _v337(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c0 not in x:
            return False
        if _c65 not in x:
            return False
        if _c75 not in x:
            return False
        for k, v in x.items():
            f = _t57.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v338 = _v116
    _v339 = _v116
    _v340 = _v116
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
    return _v0

def _build_4():  # approle.schema.json
    _c0 = 'name'
    _c1 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c2 = 0
    _c3 = 4294967295
    _c4 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c5 = 'to'
    _c6 = 'sites'
    _c7 = 'deployments'
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _v4(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v5 = _v4
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
    def _v7(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c2:
            return False
        if x > _c3:
            return False
        return True
    def _v9(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c4.search(x):
            return False
        return True
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
    _v14 = _v3
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
    _v17 = _v4
    _v20 = _v3
    _v21 = _v4
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
    _v24 = _v3
    _v25 = _v3
    _v26 = _v3
    _v27 = _v3
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
    _v29 = _v28
    def _v30(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c5 not in x:
                return False
        return True
    def _v31(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c6 not in x:
                return False
        return True
    def _v32(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c7 not in x:
                return False
        return True
    _t0 = {'name': _v1, 'fixed-role-id': _v3, 'bind-secret-id': _v4, 'weak-secret-id': _v5, 'secret-id-bound-cidrs': _v6, 'secret-id-num-uses': _v7, 'secret-id-ttl': _v9, 'token-ttl': _v9, 'token-max-ttl': _v9, 'token-policies': _v13, 'token-auto-bound-cidrs': _v14, 'token-bound-cidrs': _v15, 'token-explicit-max-ttl': _v9, 'token-no-default-policy': _v17, 'token-num-uses': _v7, 'token-period': _v9, 'token-type': _v20, 'token-renewable': _v21, 'distribute': _v22}
    _t1 = {'to': _v27, 'sites': _v28, 'deployments': _v29}
    return _v0

def _build_5():  # common.schema.json
    def _v0(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    return _v0

def _build_6():  # config.schema.json
    _c0 = frozenset(['error', 'info', 'warning'])
    _c1 = re.compile('^([A-Za-z]{3}([0-9]{1,3})?|[a-z][a-z0-9]*(-[a-z0-9]+)*)$', 32)
    _c2 = re.compile('^([A-Z]{3}[0-9]{3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$', 32)
    _c3 = 'kind'
    _c4 = 1
    _c5 = 2
    _c6 = 500
    _c7 = 10
    _c8 = 0
    _c9 = frozenset(['application', 'application-deployment', 'image-registry-settings', 'remote-registry', 'secret', 'vault'])
    _c10 = re.compile('^[^/]+/[^/]+$', 32)
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
    def _v8(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c0):
            return False
        return True
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
    def _v15(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v16 = _v15
    _v17 = _v15
    def _v18(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    def _v19(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    def _v21(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str:
            if not _c2.search(x):
                return False
        return True
    def _v23(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v24(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c3 not in x:
            return False
        for k, v in x.items():
            f = _t7.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
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
    def _v30(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c4:
            return False
        return True
    def _v31(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c5:
            return False
        if x > _c6:
            return False
        return True
    _v32 = _v30
    def _v33(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c7:
            return False
        return True
    def _v34(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c8:
            return False
        return True
    _v35 = _v30
    _v36 = _v30
    _v37 = _v30
    _v38 = _v34
    def _v39(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c9):
            return False
        return True
    _v40 = _v18
    _v41 = _v18
    def _v42(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c10.search(x):
            return False
        return True
    _t0 = {'include': _v1, 'exclude': _v1, 'select': _v4, 'ignore': _v4, 'severity': _v7, 'fail-on': _v8, 'per-file-ignores': _v10, 'rules': _v11, 'kinds': _v12, 'external': _v13, 'limits': _v14, 'inline-suppressions': _v15, 'include-scripts': _v16, 'cache': _v17}
    _t1 = {}
    _t2 = {}
    _t3 = {}
    _t4 = {}
    _t5 = {'vaults': _v25, 'secrets': _v27, 'registries': _v25, 'applications': _v25}
    _t6 = {'max-file-size': _v30, 'max-depth': _v31, 'max-documents': _v32, 'max-events': _v33, 'max-aliases': _v34, 'alias-expansion-factor': _v35, 'max-scalar-length': _v36, 'max-key-length': _v37, 'max-findings-per-file': _v38}
    _t7 = {'kind': _v39, 'vault': _v40}
    return _v0

def _build_7():  # image-registry-settings.schema.json
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    _t0 = {'default-remote-registry': _v1}
    return _v0

def _build_8():  # jwt-auth.schema.json
    _c0 = 'name'
    _c1 = re.compile('-----BEGIN CERTIFICATE-----', 32)
    _c2 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c3 = 'to'
    _c4 = 'sites'
    _c5 = 'deployments'
    _c6 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    _v2 = _v1
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c1.search(x):
            return False
        return True
    def _v4(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v5 = _v1
    _v6 = _v4
    def _v7(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
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
    _v13 = _v4
    _v14 = _v1
    _v15 = _v4
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
    _v18 = _v1
    _v19 = _v1
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
    _v21 = _v20
    def _v22(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c3 not in x:
                return False
        return True
    def _v23(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c4 not in x:
                return False
        return True
    def _v24(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c5 not in x:
                return False
        return True
    def _v25(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c6.search(x):
            return False
        return True
    _t0 = {'name': _v1, 'discovery-url': _v2, 'jwks-ca-cert': _v3, 'jwks-use-root-ca-certs': _v4, 'jwks-server-name-indication': _v5, 'jwks-tls-verify': _v6, 'jwks-refresh-interval': _v7, 'jwks-request-timeout': _v7, 'jwks-cache-max-age': _v7, 'allowed-algorithms': _v11, 'allowed-clock-skew': _v7, 'require-exp': _v13, 'issuer': _v14, 'verbose-logging': _v15, 'distribute': _v16}
    _t1 = {'to': _v19, 'sites': _v20, 'deployments': _v21}
    return _v0

def _build_9():  # jwt-role.schema.json
    _c0 = 'name'
    _c1 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c2 = 0
    _c3 = 4294967295
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
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
    _v4 = _v1
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
    def _v6(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    def _v8(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c2:
            return False
        if x > _c3:
            return False
        return True
    _v10 = _v1
    def _v11(x):
        t = type(x)
        if not (t is str or t is list or (t is int or t is float) or t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v12 = _v1
    _t0 = {'name': _v1, 'bound-audiences': _v2, 'bound-claims': _v3, 'user-claim': _v4, 'token-policies': _v5, 'token-ttl': _v6, 'token-num-uses': _v8}
    _t1 = {}
    return _v0

def _build_10():  # policy.schema.json
    _c0 = 'name'
    _c1 = frozenset(['allow', 'reject'])
    _c2 = 'path'
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
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
    def _v6(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c1):
            return False
        return True
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
    def _v10(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c2 not in x:
            return False
        for k, v in x.items():
            f = _t4.get(k)
            if f is not None:
                if not f(v):
                    return False
        return True
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
    _v12 = _v1
    def _v13(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
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
    _v16 = _v1
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
    _v24 = _v1
    _t0 = {'name': _v1, 'rest-api': _v2, 'capabilities': _v3, 'volga': _v4}
    _t1 = {'rules': _v5}
    _t2 = {'all': _v6}
    _t3 = {'topics': _v9}
    _t4 = {'path': _v12, 'description': _v13, 'operations': _v14, 'hide-fields': _v15}
    _t5 = {'name': _v16, 'operations': _v17}
    _t6 = {'all': _v6, 'create': _v6, 'read': _v6, 'update': _v6, 'delete': _v6, 'execute': _v6}
    _t7 = {'create': _v6, 'delete': _v6, 'produce': _v6, 'consume': _v6}
    return _v0

def _build_11():  # remote-registry.schema.json
    _c0 = 'address'
    _c1 = re.compile('-----BEGIN CERTIFICATE-----', 32)
    _c2 = 'repository'
    _c3 = 'vault'
    _c4 = 'secret'
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    _v2 = _v1
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        if not _c1.search(x):
            return False
        return True
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
    def _v5(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if _c2 not in x:
            return False
        if _c3 not in x:
            return False
        if _c4 not in x:
            return False
        for k, v in x.items():
            f = _t1.get(k)
            if f is not None:
                if not f(v):
                    return False
            else:
                return False
        return True
    _v6 = _v1
    _v7 = _v1
    _v8 = _v1
    _t0 = {'address': _v1, 'override-address': _v2, 'ca-cert': _v3, 'credentials': _v4}
    _t1 = {'repository': _v6, 'vault': _v7, 'secret': _v8}
    return _v0

def _build_12():  # resource-profile.schema.json
    _c0 = 'name'
    _c1 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c2 = re.compile('^[0-9]+(\\.[0-9]+)?( ?([kMGT]B|[KMGT]iB))?$', 32)
    _c3 = re.compile('^[0-9]+(\\.[0-9]+)?$', 32)
    _c4 = 0
    _c5 = 4294967295
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
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
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
    def _v13(x):
        t = type(x)
        if not ((t is int or t is float) or t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c3.search(x):
                return False
        if t is int or t is float:
            if x < _c4:
                return False
        return True
    _v14 = _v13
    def _v15(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c4:
            return False
        if x > _c5:
            return False
        return True
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
    def _v23(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    _t0 = {'name': _v1, 'memory': _v3, 'cpus': _v4, 'container-storage': _v5, 'device-labels': _v6, 'gpu-labels': _v7, 'system-volumes': _v8, 'ingress-ipv4-ranges': _v9}
    _t1 = {'memory-limit': _v10, 'container-memory-default': _v10}
    _t2 = {'cpus-limit': _v13, 'container-cpus-default': _v14, 'cpu-shares-limit': _v15, 'container-cpu-shares-default': _v15}
    _t3 = {'container-layer-storage-limit': _v10, 'container-layer-size-default': _v10}
    _t4 = {'allowed': _v23, 'default': _v23}
    _t5 = {'name': _v1}
    _t6 = {'name': _v1}
    _t7 = {'name': _v1}
    return _v0

def _build_13():  # secret.schema.json
    _c0 = 'name'
    _c1 = re.compile('^[A-Za-z0-9+/\\s]*(=\\s*){0,2}$', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
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
    def _v5(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        return True
    def _v6(x):
        t = type(x)
        if not (t is dict):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
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
    def _v8(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v9(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is str:
            if len(x) < 1:
                return False
        return True
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    _v11 = _v9
    _v12 = _v1
    _v13 = _v1
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
    _v15 = _v1
    _t0 = {'name': _v1, 'data': _v2, 'base64-data': _v3, 'allow-image-access': _v4, 'allow-tenant-access': _v5, 'auto-cert': _v6, 'auto-acme-cert': _v7}
    _t1 = {}
    _t2 = {}
    _t3 = {'acme-service': _v13, 'names': _v14}
    return _v0

def _build_14():  # site.schema.json
    _c0 = 'name'
    _c1 = 'type'
    _c2 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c3 = frozenset(['edge', 'top'])
    _c4 = re.compile('^[^\\s()]+$', 32)
    _c5 = re.compile('^([A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9\\-]*[A-Za-z0-9])?)*/)?[a-z0-9]([a-z0-9.\\-]*[a-z0-9])?$', 32)
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v4(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c3):
            return False
        return True
    _v5 = _v3
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
    def _v8(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    _v9 = _v8
    _v10 = _v8
    def _v11(x):
        t = type(x)
        if not (t is str or t is list):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if t is str:
            if not _c4.search(x):
                return False
        if t is list:
            for v in x:
                if not _v14(v):
                    return False
        return True
    def _v12(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c5.search(x):
            return False
        return True
    def _v14(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c4.search(x):
            return False
        return True
    _t0 = {'name': _v1, 'descriptive-name': _v3, 'type': _v4, 'description': _v5, 'labels': _v6, 'quarantined': _v8, 'application-upgrades-blocked': _v9, 'allow-local-unseal': _v10}
    _t1 = {}
    return _v0

def _build_15():  # tenant.schema.json
    _c0 = 'name'
    _c1 = 'kind'
    _c2 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c3 = frozenset(['application-owner', 'site-provider', 'system'])
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c2.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v4(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if not (t is str and x in _c3):
            return False
        return True
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
    def _v7(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
    _t0 = {'name': _v1, 'descriptive-name': _v3, 'kind': _v4, 'policies': _v5, 'resource-profile': _v1}
    return _v0

def _build_16():  # vault.schema.json
    _c0 = 'name'
    _c1 = re.compile('^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$', 32)
    _c2 = 0
    _c3 = 4294967295
    _c4 = re.compile('^(?=[0-9])([0-9]+y)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$', 32)
    _c5 = 'to'
    _c6 = 'sites'
    _c7 = 'deployments'
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
    def _v1(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c1.search(x):
            return False
        return True
    def _v3(x):
        t = type(x)
        if not ((t is int or (t is float and x.is_integer()))):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if x < _c2:
            return False
        if x > _c3:
            return False
        return True
    def _v5(x):
        t = type(x)
        if not (t is bool):
            if t not in _KNOWN:
                raise _Unsure
            return False
        return True
    def _v6(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if not _c4.search(x):
            return False
        return True
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
    def _v10(x):
        t = type(x)
        if not (t is str):
            if t not in _KNOWN:
                raise _Unsure
            return False
        if len(x) < 1:
            return False
        return True
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
    _v12 = _v11
    def _v13(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c5 not in x:
                return False
        return True
    def _v14(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c6 not in x:
                return False
        return True
    def _v15(x):
        t = type(x)
        if t not in _KNOWN:
            raise _Unsure
        if t is dict:
            if _c7 not in x:
                return False
        return True
    _t0 = {'name': _v1, 'max-versions': _v3, 'cas-required': _v5, 'delete-version-after': _v6, 'distribute': _v8}
    _t1 = {'to': _v10, 'sites': _v11, 'deployments': _v12}
    return _v0


# Where the schemas' x-unverified annotations are (SCH010 unverified-field notes).
UNVERIFIED_PLANS = {'acme-service.schema.json': {'x': "the API reference's ACME request body was seen only in part", 'p': ['api-ca-cert', 'callback-domains', 'contact-email', 'directory-url', 'name', 'server-name-indication', 'tls-verify', 'use-root-ca-certs']}, 'acme-static-request.schema.json': {'x': 'the fields of a static request beyond name, names, vault and secret are not documented in the material available', 'p': ['name', 'names', 'secret', 'vault']}, 'application-deployment.schema.json': {'k': {'placement': [None, {'k': {'all-sites': ['the API reference shows all-sites as a choice without the shape of its value', None]}}], 'deploy-to-sites': [None, {'k': {'canary-continue-by-action': ['the API reference shows canary-continue-by-action as a choice without the shape of its value', None]}}]}}, 'jwt-auth.schema.json': {'x': "the API reference shows the discovery-url branch of a choice; the other branches' fields are not shown", 'p': ['allowed-algorithms', 'allowed-clock-skew', 'discovery-url', 'distribute', 'issuer', 'jwks-ca-cert', 'jwks-cache-max-age', 'jwks-refresh-interval', 'jwks-request-timeout', 'jwks-server-name-indication', 'jwks-tls-verify', 'jwks-use-root-ca-certs', 'name', 'require-exp', 'verbose-logging']}, 'jwt-role.schema.json': {'x': 'the fields of a JWT role beyond those in the CI/CD how-to are not documented in the material available', 'p': ['bound-audiences', 'bound-claims', 'name', 'token-num-uses', 'token-policies', 'token-ttl', 'user-claim']}, 'policy.schema.json': {'k': {'rest-api': [None, {'k': {'rules': [None, {'i': {'x': "the API reference's Policy sample shows path, description, operations and hide-fields in a rule", 'p': ['description', 'hide-fields', 'operations', 'path']}}]}, 'x': "the API reference's Policy sample shows only rules under rest-api", 'p': ['rules']}], 'capabilities': [None, {'x': 'the API reference names no capability but all; the name is not checked', 'p': ['all']}], 'volga': [None, {'k': {'topics': [None, {'i': {'x': 'the public material shows name and operations in a topic entry', 'p': ['name', 'operations']}}]}, 'x': 'the public material shows only topics under volga', 'p': ['topics']}]}, 'x': "the API reference's Policy sample shows name, rest-api, capabilities and volga; other fields are not documented", 'p': ['capabilities', 'name', 'rest-api', 'volga']}, 'resource-profile.schema.json': {'k': {'memory': [None, {'x': 'the request sample shows memory-limit and container-memory-default', 'p': ['container-memory-default', 'memory-limit']}], 'cpus': [None, {'x': 'the request sample shows cpus-limit, container-cpus-default, cpu-shares-limit and container-cpu-shares-default', 'p': ['container-cpu-shares-default', 'container-cpus-default', 'cpu-shares-limit', 'cpus-limit']}], 'container-storage': [None, {'x': 'the request sample shows container-layer-storage-limit and container-layer-size-default', 'p': ['container-layer-size-default', 'container-layer-storage-limit']}], 'ingress-ipv4-ranges': [None, {'x': 'the request sample shows allowed and default', 'p': ['allowed', 'default']}]}, 'x': "the API reference's request body lists an object for hosts' memory without its name", 'p': ['container-storage', 'cpus', 'device-labels', 'gpu-labels', 'ingress-ipv4-ranges', 'memory', 'name', 'system-volumes']}, 'secret.schema.json': {'k': {'allow-tenant-access': ['only the application specification mentions it, without its shape', None], 'auto-cert': ['only the application specification mentions it, without its fields', None], 'auto-acme-cert': [None, {'x': 'the fields of auto-acme-cert beyond acme-service and names are not documented', 'p': ['acme-service', 'names']}]}}, 'site.schema.json': {'x': "the API reference's Sites request body names some of its objects and lists only by their shape", 'p': ['allow-local-unseal', 'application-upgrades-blocked', 'description', 'descriptive-name', 'labels', 'name', 'quarantined', 'type']}}

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
