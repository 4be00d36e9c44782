# generated from spec/openrouter-byok.yaml; do not edit
"""Resources: one class per group of operations, reached as attributes of the client.

Each resource module is imported on first use, which keeps `import openrouter_byok` fast:
`client.byok` imports its module when first read.
"""
