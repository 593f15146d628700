"""A key is accepted without its value being checked: the platform's reference does not say enough.

## What it does
Notes each key that the bundled schema accepts as written because its shape could not be
verified against the platform's reference, so that a reader knows the linter said nothing about
it. The schemas mark such places themselves: a field the API reference lists without the shape
of its value, or an object whose other keys are not documented. Today they are:

- `placement.all-sites` and `deploy-to-sites.canary-continue-by-action` of an application
  deployment: the API reference shows each as one side of a choice, without its value;
- `allow-tenant-access` and `auto-cert` of a secret: only the application specification
  mentions them, without their fields;
- keys of a secret's `auto-acme-cert` other than `acme-service` and `names`.

The note is on the key, and says why the field is not verified.

## Why is this bad?
It is not bad in itself: the object may well be right. But a closed schema that rejected these
fields would reject valid objects, and one that checked a guessed shape would report errors the
platform never makes; accepting the key silently would instead hide that nothing was checked.
A note says so, at info level, and never fails a run. Control Tower checks the field when the
object is sent (a request with `?validate=true` is a dry run).

## Example
```yaml
# application-deployments/kiosk.yaml
name: kiosk
application: kiosk
placement:
  all-sites: true
```

## Use instead
When a label expression selects the same sites, the deployment is fully checked:

```yaml
# application-deployments/kiosk.yaml
name: kiosk
application: kiosk
placement:
  match-site-labels: system/type = edge
```

Or keep `all-sites` and silence the note where it is deliberate:
`# avassa-lint: disable=unverified-field -- all sites on purpose`.
"""
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="SCH010", name="unverified-field", severity="info", module=__name__)
