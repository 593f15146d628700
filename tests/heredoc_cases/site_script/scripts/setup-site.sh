#!/usr/bin/env bash
# Bootstrap the Control Tower side of a new store: vaults and secrets, the company registry,
# the point-of-sale application and its deployment.
#
# Usage: ./setup-site.sh CONTROL_TOWER_SITE
# Run it from a workstation that is logged in (supctl login ...). Safe to re-run: "replace" and
# "merge" are idempotent, "create" fails on an existing object and the script stops there.
set -euo pipefail

CONTROL_TOWER="${1:?usage: setup-site.sh CONTROL_TOWER_SITE}"
POS_VERSION="3.10"
LOG="/tmp/setup-site.$$.log"

log() { printf '==> %s\n' "$*" | tee -a "$LOG"; }

log "registry credentials"
supctl create strongbox vaults <<'EOF'
name: registry-credentials
distribute:
  to: all
EOF

supctl create strongbox vaults registry-credentials secrets <<'EOF'
name: example-registry-retail
data:
  username: retail-pull
  password: change-me-not-a-real-password
EOF

# The real password is set out of band by the platform team; this only rotates the user name.
supctl merge strongbox vaults registry-credentials secrets example-registry-retail <<'EOF'
data:
  username: retail-pull-2
EOF

log "registries"
supctl create image-registry remote-registries <<'EOF'
address: registry.example.com:6000
credentials:
  - repository: retail
    vault: registry-credentials
    secret: example-registry-retail
  - repository: "*"
    vault: registry-credentials
    secretname: example-registry-retail
EOF

supctl topdc create image-registry settings <<"EOF"
default-remote-registry: registry.example.com:6000
EOF

log "point-of-sale secrets"
supctl create strongbox vaults << EOF
name: retail-pos
distribute:
  to: all
EOF

supctl --site "$CONTROL_TOWER" create \
    strongbox vaults retail-pos secrets <<'EOF'
name: pos-db
data:
  username: pos
  password: change-me-not-a-real-password
allow-image-access:
  - "registry.example.com:6000/retail/*"
EOF

# Operators may read the POS vault from the field; nothing else.
supctl create policy policies <<'EOF'
name: store-operator
rest-api:
  rules:
    - path: /v1/state/strongbox/vaults/retail-pos/**
      operations:
        read: allow
EOF

# The motd is written with the shell's own variables on purpose: not a supctl payload.
cat <<EOF | sudo tee /etc/motd >/dev/null
Store ${CONTROL_TOWER} was set up by $USER on $(date).
EOF

deploy_pos() {
	log "point-of-sale application ${POS_VERSION}"
	supctl replace applications store-pos <<-EOF
	name: store-pos
	version: "3.10"
	services:
	  - name: pos-api
	    mode: replicated
	    replica: 2
	    variables:
	      - name: DB_PASSWORD
	        value-from-vault-secret:
	          vault: retail-pos
	          secret: pos-db
	          key: password
	    containers:
	      - name: api
	        image: registry.example.com:6000/retail/pos-api:3.10.0
	        env:
	          DB_PASSWORD: \${DB_PASSWORD}
	          INSTANCE_NAME: ${SYS_SITE}-pos
	EOF

	supctl replace application-deployments store-pos <<'EOF'
name: store-pos
application: store-pos
application-version: 3.10
placement:
  match-site-labels: system/type = edge and store-format = supermarket
EOF
}

deploy_pos
# Telemetry is kept as a plain file; only its deployment status is shown here.
supctl replace applications telemetry < "$(dirname "$0")/../applications/telemetry.yaml"
supctl show application-deployments store-pos
log "done"
