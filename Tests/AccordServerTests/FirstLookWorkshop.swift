/// The complete example of `docs/workshop-format.md`: every question type, predictions,
/// "don't know", a condition. Copied here so the server's tests do not read the docs.
enum FirstLookWorkshop {
    static let json = #"""
{
  "$schema": "../schema/workshop.schema.json",
  "formatVersion": 1,
  "id": "first-look",
  "version": "1.0.0",
  "title": {"en": "A first look at our partnership", "de": "Ein erster Blick auf unsere Partnerschaft"},
  "description": "Eight questions for a first conversation between two partners.",
  "language": "en",
  "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
  "scales": [
    {"id": "agree5", "points": [
      {"value": 1, "label": "Strongly disagree"},
      {"value": 2, "label": "Disagree"},
      {"value": 3, "label": "Neither agree nor disagree"},
      {"value": 4, "label": "Agree"},
      {"value": 5, "label": "Strongly agree"}]}
  ],
  "dimensions": [
    {"id": "vision", "title": "Common vision", "description": "Do we want the same thing?"},
    {"id": "outcomes", "title": "Outcomes", "description": "Which results matter, and when."}
  ],
  "sections": [
    {
      "id": "vision",
      "title": "Where we are going",
      "introduction": "Answer for how things are today, not for how they should be.",
      "facilitatorNotes": "Give people a minute of silence before they start.",
      "timeboxMinutes": 10,
      "questions": [
        {
          "id": "vision-shared",
          "type": "scale",
          "scale": "agree5",
          "dimension": "vision",
          "predict": true,
          "allowDontKnow": true,
          "prompt": {"en": "Both partners pursue the same vision for this partnership.",
                     "de": "Beide Partner verfolgen dieselbe Vision für diese Partnerschaft."},
          "help": "Afterwards you guess how people from the other partner answer."
        },
        {
          "id": "vision-gap",
          "type": "text",
          "required": false,
          "maxLength": 500,
          "showIf": {"question": "vision-shared", "lessThan": 3},
          "prompt": "Where do the two partners' visions differ most?"
        },
        {
          "id": "drifting-apart",
          "type": "scale",
          "scale": "agree5",
          "dimension": "vision",
          "reverse": true,
          "prompt": "The partners have drifted apart on what the partnership should achieve.",
          "help": "Worded the other way round on purpose: agreeing here means less alignment."
        },
        {
          "id": "in-strategy",
          "type": "yesno",
          "dimension": "vision",
          "allowDontKnow": true,
          "prompt": "Is the partnership part of your organisation's written strategy?"
        }
      ]
    },
    {
      "id": "outcomes",
      "title": "Which outcomes matter",
      "timeboxMinutes": 10,
      "questions": [
        {
          "id": "top-goal",
          "type": "choice",
          "dimension": "outcomes",
          "predict": true,
          "prompt": "If the partnership could deliver only one outcome, which should it be?",
          "options": [
            {"id": "new-markets", "label": "Entering new markets"},
            {"id": "new-customers", "label": "Winning new customers"},
            {"id": "reduced-costs", "label": "Reducing costs"}
          ]
        },
        {
          "id": "kpis",
          "type": "multi",
          "dimension": "outcomes",
          "maxSelections": 2,
          "prompt": "Which results will your organisation look at in a review? Choose up to two.",
          "options": [
            {"id": "cost", "label": "Reduced costs"},
            {"id": "customers", "label": "New customers"},
            {"id": "markets", "label": "New markets entered"}
          ]
        },
        {
          "id": "priorities",
          "type": "rank",
          "dimension": "outcomes",
          "prompt": "Rank these outcomes for your organisation, most important first.",
          "options": [
            {"id": "markets", "label": "New markets"},
            {"id": "cost", "label": "Reduced costs"},
            {"id": "customers", "label": "New customers"}
          ]
        },
        {
          "id": "months-to-results",
          "type": "number",
          "dimension": "outcomes",
          "min": 0,
          "max": 60,
          "integer": true,
          "unit": "months",
          "predict": true,
          "allowDontKnow": true,
          "prompt": "In how many months do you expect measurable results?"
        }
      ]
    }
  ]
}
"""#
}
