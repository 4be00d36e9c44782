# generated from spec/openrouter-byok.yaml; do not edit
"""Resources: one class per group of operations, reached as attributes of the client.

Each resource module is imported on first use (`client.byok`), which keeps `import openrouter_byok` fast.
"""
