#!/bin/sh
set -eu
supctl create applications <<'EOF'  # the web application
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
