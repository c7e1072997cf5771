package org.w3id.agora.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's output: Markdown sections with tables, printed as they complete. */
final class Report {

	private final StringBuilder text = new StringBuilder();

	private final PrintStream out;

	Report(PrintStream out) {
		this.out = out;
	}

	void heading(String title) {
		emit("\n## " + title + "\n");
	}

	void line(String text) {
		emit(text);
	}

	Table table(String... columns) {
		return new Table(columns);
	}

	private void emit(String line) {
		this.text.append(line).append('\n');
		this.out.println(line);
		this.out.flush();
	}

	void writeTo(Path file) throws IOException {
		Files.writeString(file, this.text, StandardCharsets.UTF_8);
	}

	/** A table whose rows are printed when added. */
	final class Table {

		private final List<String> columns;

		Table(String... columns) {
			this.columns = List.of(columns);
			emit("| " + String.join(" | ", this.columns) + " |");
			List<String> rule = new ArrayList<>();
			this.columns.forEach((c) -> rule.add("---"));
			emit("|" + String.join("|", rule) + "|");
		}

		void row(Object... cells) {
			List<String> texts = new ArrayList<>();
			for (Object cell : cells) {
				texts.add(String.valueOf(cell));
			}
			emit("| " + String.join(" | ", texts) + " |");
		}

	}

}
