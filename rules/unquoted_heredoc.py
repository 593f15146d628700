r'''supctl heredoc with an unquoted delimiter, whose payload the shell rewrites.

## What it does
Reports a `supctl create|replace|merge ... <<EOF` heredoc (or `<<-EOF`) in a shell script or a
Markdown code block whose delimiter is unquoted while its body contains `${` or `$$`. The finding
sits on the `<<EOF` of the command line and points at the first expansion.

With an unquoted delimiter the shell expands the body before supctl reads it:

- `${NAME}` is replaced by the shell variable `NAME`, usually empty: the Avassa variable
  substitution in `env`, `cmd`, config-map `data` and the other substituted fields never
  happens, and the container starts with an empty value (`${NAME | filter}` makes the shell
  stop with "bad substitution" instead);
- `$$` is replaced by the shell's process id, so Avassa's escape for a literal `${`, written
  `$${`, reaches supctl as `12345{`.

`$NAME` and `$(command)` are expanded too, but they are not Avassa syntax and are usually meant
(a script filling in a version), so they are not reported.

Scripts and Markdown files are linted when named on the command line, and in folder walks with
`--include-scripts` or `include-scripts: true`.

## Why is this bad?
The payload that reaches Control Tower is not the one in the file: variables are silently empty
and escapes are mangled, and nothing fails until the application misbehaves on a site. The
linter checks the payload as written, so it would pass a spec that the shell then breaks. It is
a warning because the expansion can be intended; when it is, escape the Avassa expansions with
a backslash (`\${SYS_SITE}`), or add `# avassa-lint: disable=unquoted-heredoc -- reason` at the
end of the command line.

See the "Variables" section of the Avassa application specification reference: `${...}` is
substituted by the platform, and `$${` stands for a literal `${`.

## Example
<!-- example: not executable -->
```sh
# scripts/deploy.sh
supctl create applications <<EOF
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          SITE: ${SYS_SITE}
EOF
```

```
scripts/deploy.sh:2:28: warning YML009 the heredoc delimiter EOF is unquoted, so the shell expands "${SYS_SITE}" on line 13 before supctl reads the payload [unquoted-heredoc]
```

## Use instead
```sh
# scripts/deploy.sh
supctl create applications <<'EOF'
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          SITE: ${SYS_SITE}
EOF
```
'''
from avassa_lint.core.rule import engine_rule

RULE = engine_rule(__doc__, code="YML009", name="unquoted-heredoc", severity="warning", module=__name__,
                   fix="unsafe: quotes the delimiter (<<'EOF'), so the shell passes every ${...} on as written")
