package org.w3id.agora.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import org.w3id.agora.AgoraProperties;
import org.w3id.agora.validation.Messages;
import org.w3id.agora.validation.Validator;

/**
 * {@code validate [--lang=fr|en] FILE...}: checks files against the shapes, stores
 * nothing.
 */
@Component
class ValidateCommand implements Command {

	private final Validator validator;

	private final AgoraProperties agora;

	ValidateCommand(Validator validator, AgoraProperties agora) {
		this.validator = validator;
		this.agora = agora;
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String usage() {
		return "[--lang=fr|en] FILE...   check RDF files against Agora's shapes (exit 1 on any violation)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		Arguments args = Arguments.parse(arguments, Set.of("lang"));
		if (args.operands().isEmpty()) {
			err.println("validate: no file given. Usage: validate " + usage());
			return 2;
		}
		String lang = args.option("lang", "fr");
		Graph data = GraphFactory.createDefaultGraph();
		for (String name : args.operands()) {
			Path file = Path.of(name);
			if (!Files.isReadable(file)) {
				err.println("validate: cannot read " + file);
				return 2;
			}
			try {
				RDFParser.source(file).base(this.agora.base()).parse(data);
			}
			catch (RiotException ex) {
				err.println("validate: " + file + " does not parse: " + ex.getMessage());
				return 1;
			}
		}
		ValidationReport report = this.validator.validate(data);
		long violations = report.getEntries().stream().filter((e) -> e.severity() == Severity.Violation).count();
		report.getEntries()
			.forEach((entry) -> out.printf("%-9s %s  %s  %s%n", entry.severity().level().getLocalName(),
					ShLib.displayStr(entry.focusNode()), (entry.resultPath() != null) ? entry.resultPath() : "-",
					Messages.of(entry, lang)));
		out.printf("%,d triples checked: %d violation(s), %d other result(s).%n", data.size(), violations,
				report.getEntries().size() - violations);
		return (violations == 0) ? 0 : 1;
	}

}
