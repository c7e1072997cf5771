package org.w3id.agora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.w3id.agora.cli.Cli;

/**
 * Agora: one process, one port. Without arguments it starts the web server (SPARQL,
 * linked data, dumps); with a command as first argument ({@code load}, {@code validate},
 * ...) it runs that command offline on the same store and exits. See {@link Cli}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgoraApplication {

	public static void main(String[] args) {
		if (Cli.isCommand(args)) {
			System.exit(Cli.run(args));
		}
		SpringApplication.run(AgoraApplication.class, args);
	}

}
