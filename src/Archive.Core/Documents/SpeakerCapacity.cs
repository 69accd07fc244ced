namespace Archive.Core.Documents;

public enum SpeakerCapacity
{
    Speaker = 0,
    Signatory,
}
