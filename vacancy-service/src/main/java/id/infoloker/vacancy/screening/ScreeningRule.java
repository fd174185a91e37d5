package id.infoloker.vacancy.screening;

import java.util.List;

/** One concern of the fee screening (asking for money, leaving the platform); no match is an empty list. */
public interface ScreeningRule {

    List<ScreeningEvidence> find(ScreeningText text);
}
