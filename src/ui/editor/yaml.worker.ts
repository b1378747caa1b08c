// Local entry for the YAML worker: importing monaco-yaml's worker through our own file is the
// documented fix for "Unexpected usage at EditorSimpleWorker.loadForeignModule" under Vite.
import 'monaco-yaml/yaml.worker.js';
