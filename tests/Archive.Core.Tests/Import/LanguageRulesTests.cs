using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class LanguageRulesTests
{
    [Theory]
    [InlineData("At the outset, I would like to thank the Secretary-General for his report and for the particular focus on preventive diplomacy. The report of the Secretary-General acknowledges the gap between the stated commitments and the reality that we confront in the field.", "English")]
    [InlineData("Au nom de ma délégation, je tiens à remercier le Secrétaire général pour son rapport et pour les efforts qui sont déployés dans la prévention des conflits. Nous sommes convaincus que la diplomatie préventive est au cœur de notre action commune pour la paix.", "French")]
    [InlineData("En nombre de mi delegación, deseo agradecer al Secretario General por su informe y por los esfuerzos que se realizan para la prevención de los conflictos. Estamos convencidos de que la diplomacia preventiva es el centro de nuestra acción común por la paz.", "Spanish")]
    [InlineData("Em nome da minha delegação, desejo agradecer ao Secretário-Geral pelo seu relatório e pelos esforços que são feitos para a prevenção dos conflitos. Estamos convencidos de que a diplomacia preventiva está no centro da nossa ação comum pela paz e pelo desenvolvimento.", "Portuguese")]
    [InlineData("A nome della mia delegazione, desidero ringraziare il Segretario generale per la sua relazione e per gli sforzi che sono compiuti nella prevenzione dei conflitti. Siamo convinti che la diplomazia preventiva sia al centro della nostra azione comune per la pace e per lo sviluppo.", "Italian")]
    [InlineData("Im Namen meiner Delegation möchte ich dem Generalsekretär für seinen Bericht und für die Anstrengungen danken, die zur Verhütung von Konflikten unternommen werden. Wir sind überzeugt, dass die präventive Diplomatie im Mittelpunkt unseres gemeinsamen Handelns für den Frieden und die Entwicklung steht.", "German")]
    [InlineData("Господин Председатель, позвольте мне поблагодарить Генерального секретаря за его доклад и за усилия по предотвращению конфликтов.", "Russian")]
    public void Detect_running_text_names_its_language(string text, string expected)
    {
        Assert.Equal(expected, LanguageRules.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Distr.: General 27 November 2019")]
    [InlineData("12345 67890 ----- *** ### 2019-11-27")]
    public void Detect_too_little_evidence_gives_null(string text)
    {
        Assert.Null(LanguageRules.Detect(text));
    }
}
