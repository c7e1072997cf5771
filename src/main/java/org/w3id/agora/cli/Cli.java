package org.w3id.agora.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.agora.AgoraApplication;
import org.w3id.agora.bench.Bench;
import org.w3id.agora.bench.DumpBench;

/**
 * Runs a command of the jar without the web server: {@code load}, {@code validate},
 * {@code dump}, {@code token}; {@code generate}, which needs no store; and {@code bench},
 * which starts servers of its own. Options in Spring's form
 * ({@code --agora.store.directory=...}) configure the store exactly as for the server.
 */
public final class Cli {

	static final Set<String> COMMANDS = Set.of("load", "validate", "dump", "generate", "bench", "bench-dumps", "token",
			"help");

	private Cli() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args[0].equals("generate")) {
			// Needs no store: runs beside a server.
			return GenerateCommand.run(args, out, err);
		}
		if (args[0].equals("bench-dumps")) {
			// Works on a store of its own, without a Spring context.
			return DumpBench.run(args, out, err);
		}
		if (args[0].equals("bench")) {
			// Starts servers of its own rather than running inside a command-line
			// context.
			return Bench.run(args, out, err);
		}
		if (args[0].equals("token")) {
			// The tokens file only: runs beside a server that holds the store.
			return TokenCommand.run(args, out, err);
		}
		SpringApplicationBuilder builder = new SpringApplicationBuilder(AgoraApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN", "logging.level.org.w3id.agora=INFO");
		try (ConfigurableApplicationContext context = builder.run(args)) {
			Map<String, Command> commands = context.getBeansOfType(Command.class)
				.values()
				.stream()
				.collect(Collectors.toMap(Command::name, Function.identity()));
			Command command = commands.get(args[0]);
			if (command == null) {
				commands.values().forEach((known) -> out.println("  " + known.name() + " " + known.usage()));
				out.println("  token " + TokenCommand.USAGE);
				out.println("  generate " + GenerateCommand.USAGE);
				return args[0].equals("help") ? 0 : 2;
			}
			List<String> arguments = Arrays.stream(args)
				.skip(1)
				.filter((arg) -> !arg.startsWith("--agora.") && !arg.startsWith("--spring.")
						&& !arg.startsWith("--logging."))
				.toList();
			return command.run(arguments, out, err);
		}
		catch (Exception ex) {
			err.println("agora " + args[0] + ": " + rootMessage(ex));
			return 2;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

}
