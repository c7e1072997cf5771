package org.w3id.agora.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.security.Role;
import org.w3id.agora.security.SecurityProperties;
import org.w3id.agora.security.TokenEntry;
import org.w3id.agora.security.TokenFile;
import org.w3id.agora.security.Tokens;

/**
 * {@code token create --role=curator [--agent=IRI]}, {@code token revoke ID},
 * {@code token list}. Works on the tokens file only, never on the store, so it runs while
 * the server runs: the server rereads the file when it changes.
 */
final class TokenCommand {

	static final String USAGE = "create --role=contributor|curator|admin [--agent=IRI] | revoke ID | list   "
			+ "manage write tokens (the server picks changes up without restart)";

	/** Only the settings the command needs: no store, no web server. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SecurityProperties.class, AgoraProperties.class })
	static class Settings {

	}

	private TokenCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN");
		try (ConfigurableApplicationContext context = builder.run(args)) {
			TokenFile file = new TokenFile(context.getBean(SecurityProperties.class).tokensFile());
			String base = context.getBean(AgoraProperties.class).base();
			List<String> arguments = List.of(args)
				.subList(1, args.length)
				.stream()
				.filter((arg) -> !arg.startsWith("--agora.") && !arg.startsWith("--spring.")
						&& !arg.startsWith("--logging."))
				.toList();
			return run(file, base, arguments, out, err);
		}
		catch (RuntimeException ex) {
			err.println("agora token: " + ex.getMessage());
			return 2;
		}
	}

	static int run(TokenFile file, String base, List<String> arguments, PrintStream out, PrintStream err) {
		Arguments args = Arguments.parse(arguments, Set.of("agent", "role"));
		List<String> operands = args.operands();
		String verb = operands.isEmpty() ? "" : operands.get(0);
		switch (verb) {
			case "create" -> {
				String role = args.option("role", null);
				if (role == null) {
					err.println("token create: --role=contributor|curator|admin is required");
					return 2;
				}
				Tokens.Issued issued = Tokens.issue(args.option("agent", null), Role.of(role), base);
				file.add(issued.entry());
				err.println("Token " + issued.entry().id() + " for " + issued.entry().agent() + " ("
						+ issued.entry().role().key() + ") added to " + file.path()
						+ ". It is shown once; keep it secret:");
				out.println(issued.token());
				return 0;
			}
			case "revoke" -> {
				if (operands.size() != 2) {
					err.println("token revoke: give one token id (see 'token list')");
					return 2;
				}
				if (!file.revoke(operands.get(1))) {
					err.println("token revoke: no token with id " + operands.get(1) + " in " + file.path());
					return 1;
				}
				out.println("Token " + operands.get(1) + " revoked.");
				return 0;
			}
			case "list" -> {
				for (TokenEntry entry : file.entries()) {
					out.println(entry.id() + "  " + entry.role().key() + "  " + entry.agent());
				}
				return 0;
			}
			default -> {
				err.println("token: usage: token " + USAGE);
				return 2;
			}
		}
	}

}
