# Tests of the runpod adapter.
