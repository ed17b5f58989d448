# Tests of the cloud provider adapters, one file per provider (conformance against the providers'
# own specs served by Prism, fault injection, the lost-launch-response test).
foreach(provider lambda runpod vast crusoe lepton)
    include(${CMAKE_CURRENT_SOURCE_DIR}/providers/${provider}.cmake)
endforeach()
