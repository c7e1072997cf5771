package org.w3id.agora.cli;

import java.io.PrintStream;
import java.util.List;

/** One command-line mode. Implementations are Spring beans. */
public interface Command {

	/** The word that selects this command, e.g. {@code load}. */
	String name();

	/** One line: the arguments and what the command does. */
	String usage();

	/**
	 * Runs the command.
	 * @param arguments the arguments after the command word (Spring's {@code --agora.*}
	 * options removed)
	 * @return the exit status
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;

}
