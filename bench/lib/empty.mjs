// Empty module: the fallback timer's stand-in for `node -e 0`.
