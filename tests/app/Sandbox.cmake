# Tests of the Sandbox provider and gpudesk-sandboxd.
