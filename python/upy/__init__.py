"""upy: MicroPython from a notebook and an editor.

The package is the `upy` binary (in the environment's bin/) and the
"micropython" Jupyter kernelspec; this module only finds the binary, for
`python -m upy`.
"""
