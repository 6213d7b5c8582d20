"""Runs at power-on: mounts the filesystem (making it on first boot).

It defines nothing for programs to use.
"""
