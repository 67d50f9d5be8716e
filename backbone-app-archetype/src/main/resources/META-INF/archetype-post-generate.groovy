// Archetype resources lose their file modes: give teavm-junit's browser stand-in back its run bit.
def chrome = new File(request.outputDirectory, request.artifactId + "/tools/chrome/google-chrome-stable")
chrome.setExecutable(true, false)
