# generated from spec/openrouter-byok.yaml; do not edit
__version__ = "0.1.0"
__spec_digest__ = "e0bdb5b5b04cea2619417b3426235d9465f5a94835d363a7a551bc075b16cba3"
