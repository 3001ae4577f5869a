package tafel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar, so it is never out of step with the pom. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/tafel/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"tafel " + properties.getProperty("version", "unknown")};
    }
}
