# app/providers/lambda sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    providers/lambda/LambdaJson.cpp providers/lambda/LambdaJson.h
    providers/lambda/LambdaProvider.cpp providers/lambda/LambdaProvider.h)
