package org.w3id.agora.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a command: options {@code --name=value} or {@code --flag}, and
 * operands. Unknown options are an error, so a typo never passes silently.
 */
record Arguments(Map<String, String> options, List<String> operands) {

	static Arguments parse(List<String> arguments, Set<String> allowed) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> operands = new ArrayList<>();
		for (String argument : arguments) {
			if (!argument.startsWith("--")) {
				operands.add(argument);
				continue;
			}
			int equals = argument.indexOf('=');
			String name = (equals < 0) ? argument.substring(2) : argument.substring(2, equals);
			String value = (equals < 0) ? "true" : argument.substring(equals + 1);
			if (!allowed.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name + " (known: " + allowed + ")");
			}
			options.put(name, value);
		}
		return new Arguments(Map.copyOf(options), List.copyOf(operands));
	}

	String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.options.getOrDefault(name, "false"));
	}

}
