// Scenario texts of the gallery about what learners often get wrong: a sidecar without
// restartPolicy: Always, `kubectl logs` during a failing init, and STATUS against the phase.

import { sidecarLogShipper } from './gallerySidecarTexts';

/** The log shipper of `sidecarLogShipper` with its one line that makes it a sidecar taken out. */
export const sidecarAsPlainInit = sidecarLogShipper
  .replace('  name: app-with-log-shipper\n', '  name: app-with-stuck-shipper\n')
  .replace('    restartPolicy: Always   # makes this init container a sidecar: started first, kept running\n',
    '    # No restartPolicy: Always, so this is a regular init container: the app starts only\n    # after it exits, and this loop never exits.\n');

/** Gallery scenario text. */
export const logsWhileInitFails = `apiVersion: v1
kind: Pod
metadata:
  name: web-with-content
spec:
  initContainers:
  - name: fetch-content
    image: busybox:1.28
    # There is no Service content-server, so the download fails and the init container exits 1.
    command: ['sh', '-c', 'echo downloading the site from content-server; wget -q -O /site/index.html http://content-server/index.html || { echo "ERROR: cannot download index.html"; exit 1; }']
    volumeMounts:
    - name: site
      mountPath: /site
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: site
      mountPath: /usr/share/nginx/html
  volumes:
  - name: site
    emptyDir: {}
---
# Try in the Logs tab: "kubectl logs web-with-content" means the app container web, which
# is waiting to start; the error is in "kubectl logs web-with-content -c fetch-content".
apiVersion: playground/v1
kind: Scenario
spec:
  until: 1m30s
`;

/** Gallery scenario text. */
export const statusVsPhase = `apiVersion: v1
kind: Pod
metadata:
  name: api-crashloop
spec:
  initContainers:
  - name: render-config
    image: busybox:1.28
    command: ['sh', '-c', 'echo "port: 8080" > /config/api.yaml; echo rendered /config/api.yaml']
    volumeMounts:
    - name: config
      mountPath: /config
  containers:
  - name: api
    image: busybox:1.28
    # The rendered file has no listen address, so the api exits 1 a few seconds after each start.
    command: ['sh', '-c', 'echo starting api; cat /config/api.yaml; sleep 3; echo "ERROR: no listen address in /config/api.yaml"; exit 1']
    volumeMounts:
    - name: config
      mountPath: /config
  volumes:
  - name: config
    emptyDir: {}
---
# Compare STATUS in "kubectl get pod" with "phase:" in the status YAML at any instant.
apiVersion: playground/v1
kind: Scenario
spec:
  until: 2m
`;
